import { appLinks } from '@hoicho/notifications';
import type { OutboxMessageInput, TemplateDataMap } from '@hoicho/notifications';
import { preferredLanguage, type VisitorLanguage } from '../domain';
import { dateLines, dateRange, FairInfo } from '../common/fair-info';
import { CampaignTexts, fillPlaceholders, namesVisitor, PlaceholderValues } from './campaign-text';

export type InvitationLetterData = TemplateDataMap['invitation.letter'];

export type LetterMessage =
  OutboxMessageInput<'invitation.letter'> | OutboxMessageInput<'invitation.ticket'>;

export interface LetterRecipient {
  invitationId: string;
  token: string;
  email: string;
  name: string;
  organisation: string | null;
  language: VisitorLanguage | null;
  country: string | null;
}

export interface LetterContext {
  fair: FairInfo;
  body: { id: string; nameVi: string; nameEn: string | null; email: string | null };
  /** Where the personal links point. */
  publicUrl: string;
  /** Used as the calendar organiser when the body has no email of its own. */
  fallbackEmail: string;
  campaignId: string;
}

/** The dedupe key of an invitation's first email; the funnel counts those sent by its prefix. */
export const INVITATION_KEY_PREFIX = 'invitation:';
export const invitationMailKey = (invitationId: string) =>
  `${INVITATION_KEY_PREFIX}${invitationId}`;

export const invitationUrl = appLinks.invitation;

/** The address part of "Hội Chợ <no-reply@hoicho.local>". */
export const addressOf = (from: string) => /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from.trim();

/** Per visitor: everything else is said alike to all visitors of a language and answer state. */
type PersonalField = 'invitationId' | 'fullName' | 'subject' | 'message' | 'rsvpUrl' | 'ticketCode';
type SharedLetterData = Omit<InvitationLetterData, PersonalField> &
  Partial<Pick<InvitationLetterData, 'subject' | 'message'>>;
type FairLetterData = Omit<SharedLetterData, 'kind' | 'rsvpStatus' | 'guests'>;
type OwnLetterData = Omit<Pick<InvitationLetterData, PersonalField>, 'subject' | 'message'> &
  Partial<Pick<InvitationLetterData, 'subject' | 'message'>>;

/**
 * Builds invitation emails for one campaign: what is the same for every visitor of a language
 * is computed once, so a fan-out of 100,000 spends its time on the database, not here. It is
 * also handed to the outbox as `shared`, stored once per page instead of in every row: the
 * fair, the answer state and, unless they name the visitor, the filled subject and message.
 */
export class LetterBuilder {
  private readonly perLanguage: Record<
    VisitorLanguage,
    {
      fairData: FairLetterData;
      base: Omit<PlaceholderValues, 'name' | 'organisation'>;
      /** Filled once when the organiser's text names no visitor; otherwise per letter. */
      subject?: string;
      message?: string;
    }
  >;
  private readonly shared = new Map<string, SharedLetterData>();

  constructor(
    private readonly context: LetterContext,
    private readonly texts: CampaignTexts,
  ) {
    const { fair, body } = context;
    const make = (language: VisitorLanguage) => {
      const bodyName = language === 'en' ? (body.nameEn ?? body.nameVi) : body.nameVi;
      const base = {
        fair: fair.names[language],
        dates: dateRange(fair.days),
        venue: `${fair.venueName}, ${fair.venueAddress}`,
        organiser: bodyName,
      };
      const once = (text: string) =>
        namesVisitor(text)
          ? undefined
          : fillPlaceholders(text, { ...base, name: '', organisation: '' });
      return {
        fairData: {
          bodyName,
          fairName: fair.names[language],
          fairNames: fair.names,
          dateLines: dateLines(fair.days, language),
          days: fair.days,
          venueName: fair.venueName,
          venueAddress: fair.venueAddress,
          mapUrl: fair.mapUrl,
          organiserEmail: body.email ?? context.fallbackEmail,
        },
        base,
        subject: once(texts.subject[language]),
        message: once(texts.body[language]),
      };
    };
    this.perLanguage = { vi: make('vi'), en: make('en') };
  }

  languageOf(recipient: Pick<LetterRecipient, 'language' | 'country'>): VisitorLanguage {
    return preferredLanguage({
      language: recipient.language ?? undefined,
      country: recipient.country ?? undefined,
    });
  }

  letter(
    recipient: LetterRecipient,
    kind: InvitationLetterData['kind'],
    rsvp: { status: InvitationLetterData['rsvpStatus']; guests: number },
    ticketCode: string | null,
    dedupeKey: string,
  ): LetterMessage {
    const language = this.languageOf(recipient);
    const local = this.perLanguage[language];
    const shared = this.sharedFor(language, kind, rsvp);
    const values = (): PlaceholderValues => ({
      ...local.base,
      name: recipient.name,
      organisation: recipient.organisation ?? '',
    });
    // Only what is this visitor's own: the rest travels once per page as `shared`.
    const own: OwnLetterData = {
      invitationId: recipient.invitationId,
      fullName: recipient.name,
      rsvpUrl: invitationUrl(this.context.publicUrl, recipient.token),
      ticketCode,
    };
    if (local.subject === undefined)
      own.subject = fillPlaceholders(this.texts.subject[language], values());
    if (local.message === undefined)
      own.message = fillPlaceholders(this.texts.body[language], values());
    return {
      template: kind === 'ticket' ? 'invitation.ticket' : 'invitation.letter',
      to: recipient.email,
      locale: language,
      data: own,
      shared,
      dedupeKey,
      organisingBodyId: this.context.body.id,
      campaignId: this.context.campaignId,
    };
  }

  /** One object per language and answer state: the outbox stores each once per page. */
  private sharedFor(
    language: VisitorLanguage,
    kind: InvitationLetterData['kind'],
    rsvp: { status: InvitationLetterData['rsvpStatus']; guests: number },
  ): SharedLetterData {
    const key = `${language}|${kind}|${rsvp.status}|${rsvp.guests}`;
    let shared = this.shared.get(key);
    if (!shared) {
      const local = this.perLanguage[language];
      shared = {
        ...local.fairData,
        kind,
        rsvpStatus: rsvp.status,
        guests: rsvp.guests,
        ...(local.subject === undefined ? {} : { subject: local.subject }),
        ...(local.message === undefined ? {} : { message: local.message }),
      };
      this.shared.set(key, shared);
    }
    return shared;
  }
}
