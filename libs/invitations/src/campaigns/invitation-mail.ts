import type { OutboxMessageInput, TemplateDataMap } from '@hoicho/notifications';
import { preferredLanguage, type VisitorLanguage } from '../domain';
import { dateLines, dateRange, FairInfo } from '../common/fair-info';
import { CampaignTexts, fillPlaceholders, PlaceholderValues } from './campaign-text';

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

export const invitationUrl = (publicUrl: string, token: string) =>
  `${publicUrl}/invitations/${token}`;

/** The address part of "Hội Chợ <no-reply@hoicho.local>". */
export const addressOf = (from: string) => /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from.trim();

/**
 * Builds invitation emails for one campaign: what is the same for every visitor of a language
 * is computed once, so a fan-out of 100,000 spends its time on the database, not here.
 */
export class LetterBuilder {
  private readonly perLanguage: Record<
    VisitorLanguage,
    {
      /** What every letter in this language says alike: stored once per page of the outbox. */
      shared: Pick<
        InvitationLetterData,
        | 'bodyName'
        | 'fairName'
        | 'fairNames'
        | 'dateLines'
        | 'days'
        | 'venueName'
        | 'venueAddress'
        | 'mapUrl'
        | 'organiserEmail'
      >;
      base: Omit<PlaceholderValues, 'name' | 'organisation'>;
    }
  >;

  constructor(
    private readonly context: LetterContext,
    private readonly texts: CampaignTexts,
  ) {
    const { fair, body } = context;
    const make = (language: VisitorLanguage) => {
      const bodyName = language === 'en' ? (body.nameEn ?? body.nameVi) : body.nameVi;
      return {
        shared: {
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
        base: {
          fair: fair.names[language],
          dates: dateRange(fair.days),
          venue: `${fair.venueName}, ${fair.venueAddress}`,
          organiser: bodyName,
        },
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
    const values: PlaceholderValues = {
      ...local.base,
      name: recipient.name,
      organisation: recipient.organisation ?? '',
    };
    const data: InvitationLetterData = {
      ...local.shared,
      kind,
      invitationId: recipient.invitationId,
      fullName: recipient.name,
      subject: fillPlaceholders(this.texts.subject[language], values),
      message: fillPlaceholders(this.texts.body[language], values),
      rsvpUrl: invitationUrl(this.context.publicUrl, recipient.token),
      rsvpStatus: rsvp.status,
      guests: rsvp.guests,
      ticketCode,
    };
    return {
      template: kind === 'ticket' ? 'invitation.ticket' : 'invitation.letter',
      to: recipient.email,
      locale: language,
      data,
      shared: local.shared,
      dedupeKey,
      organisingBodyId: this.context.body.id,
      campaignId: this.context.campaignId,
    };
  }
}
