import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { OrganisingBodiesService } from '@hoicho/accounts';
import type { FairStatus } from '@hoicho/fairs';
import { OutboxService } from '@hoicho/notifications';
import { APP_CONFIG, AppConfig, AppError, Clock, TransactionRunner, Tx } from '@hoicho/platform';
import {
  answerRsvp,
  preferredLanguage,
  ticketQrSvg,
  type RsvpAnswer,
  type RsvpStatus,
  type VisitorLanguage,
} from '../domain';
import { FairDirectory, FairInfo, requireDays } from '../common/fair-info';
import { InvitationTokens } from '../common/invitation-tokens';
import { fairOver, invitationNotFound } from '../invitations.errors';
import { REGISTRATION_TEXTS } from '../campaigns/campaign-text';
import { addressOf, LetterBuilder } from '../campaigns/invitation-mail';
import { TicketsService } from '../tickets/tickets.service';
import { VisitorStore } from '../visitors/visitor-store';
import {
  AnswerDto,
  InvitationViewDto,
  RegistrationDto,
  RegistrationResultDto,
} from './dto/rsvp.dto';

interface InvitationRow {
  id: string;
  campaign_id: string;
  visitor_id: string;
  organising_body_id: string;
  fair_id: string;
  rsvp_status: RsvpStatus;
  guests: number;
  answered_at: Date | null;
  max_guests: number;
  subject_vi: string;
  subject_en: string;
  body_vi: string;
  body_en: string;
  name: string;
  email: string;
  organisation: string | null;
  language: VisitorLanguage | null;
  country: string | null;
}

const SELECT_INVITATION = `
  SELECT i.id, i.campaign_id, i.visitor_id, i.organising_body_id, i.fair_id, i.rsvp_status,
         i.guests, i.answered_at, c.max_guests, c.subject_vi, c.subject_en, c.body_vi, c.body_en,
         v.name, v.email::text AS email, v.organisation, v.language, v.country
    FROM invitations i
    JOIN campaigns c ON c.id = i.campaign_id
    JOIN visitors v ON v.id = i.visitor_id`;

const REGISTRATION_MAX_GUESTS = 5;

/** Statuses in which a fair is announced to the public (a closed one answers "fair over"). */
const PUBLIC_FAIR_STATUSES: ReadonlySet<string> = new Set<FairStatus>([
  'open',
  'allocating',
  'published',
  'running',
  'closed',
]);

/**
 * What a visitor does with the personal link (view, accept with guests, decline, change until
 * the fair opens) and the public self-registration. A token is looked up only by its hash.
 */
@Injectable()
export class RsvpService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly tokens: InvitationTokens,
    private readonly fairs: FairDirectory,
    private readonly bodies: OrganisingBodiesService,
    private readonly tickets: TicketsService,
    private readonly outbox: OutboxService,
    private readonly store: VisitorStore,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async find(manager: EntityManager, token: string, lock: boolean): Promise<InvitationRow> {
    const hash = this.tokens.lookupHash(token);
    if (!hash) throw invitationNotFound();
    const rows: InvitationRow[] = await manager.query(
      `${SELECT_INVITATION} WHERE i.token_hash = $1 ${lock ? 'FOR UPDATE OF i' : ''}`,
      [hash],
    );
    if (!rows[0]) throw invitationNotFound();
    return rows[0];
  }

  private canAnswer(row: Pick<InvitationRow, 'rsvp_status'>, fair: FairInfo): boolean {
    const now = this.clock.now();
    const deadline = row.rsvp_status === 'pending' ? fair.endsAt : fair.startsAt;
    return !!deadline && now < deadline;
  }

  /** The invitation behind a link; the first view marks it opened. */
  async view(token: string): Promise<InvitationViewDto> {
    const row = await this.find(this.dataSource.manager, token, false);
    await this.dataSource.query(
      'UPDATE invitations SET opened_at = now() WHERE id = $1 AND opened_at IS NULL',
      [row.id],
    );
    return this.toView(this.dataSource.manager, row);
  }

  private async toView(manager: EntityManager, row: InvitationRow): Promise<InvitationViewDto> {
    const fair = await this.fairs.get(row.fair_id);
    const language = preferredLanguage({
      language: row.language ?? undefined,
      country: row.country ?? undefined,
    });
    const ticket = await this.tickets.activeForInvitation(manager, row.id);
    const code = ticket ? await this.tickets.codeOf(ticket, manager) : null;
    return {
      invitationId: row.id,
      name: row.name,
      language,
      fair: {
        id: fair.id,
        name: fair.names[language],
        venueName: fair.venueName,
        venueAddress: fair.venueAddress,
        mapUrl: fair.mapUrl,
        days: fair.days,
      },
      rsvpStatus: row.rsvp_status,
      guests: row.guests,
      maxGuests: row.max_guests,
      canAnswer: this.canAnswer(row, fair),
      answeredAt: row.answered_at,
      ticket: ticket && code ? { id: ticket.id, code, qrSvg: await ticketQrSvg(code) } : null,
    };
  }

  private letterContext(fair: FairInfo, row: Pick<InvitationRow, 'campaign_id'>) {
    return {
      fair,
      body: { id: fair.organisingBodyId, nameVi: '', nameEn: null, email: null },
      publicUrl: this.config.publicUrl,
      fallbackEmail: addressOf(this.config.smtp.from),
      campaignId: row.campaign_id,
    };
  }

  /**
   * Accept (with guests) or decline. The invitation row is locked, so two clicks at once apply
   * one after the other; accepting issues a ticket and emails it, declining revokes it.
   */
  async answer(token: string, dto: AnswerDto): Promise<InvitationViewDto> {
    return this.transactions.run(async (tx) => {
      const row = await this.find(tx.manager, token, true);
      const fair = requireDays(await this.fairs.get(row.fair_id));
      const answer: RsvpAnswer =
        dto.answer === 'accept' ? { kind: 'accept', guests: dto.guests ?? 0 } : { kind: 'decline' };
      const decision = answerRsvp(
        { status: row.rsvp_status, guests: row.guests, answeredAt: row.answered_at ?? undefined },
        answer,
        { maxGuests: row.max_guests, fairStartsAt: fair.startsAt, fairEndsAt: fair.endsAt },
        this.clock.now(),
      );
      if (!decision.ok) {
        if (decision.reason === 'guests_out_of_range') {
          throw AppError.validation([
            { field: 'guests', message: `must be a whole number from 0 to ${row.max_guests}` },
          ]);
        }
        throw new AppError(
          'conflict',
          'rsvp_closed',
          decision.reason === 'change_closed'
            ? 'The fair has opened: the answer can no longer be changed'
            : 'The fair is over: it takes no more answers',
        );
      }
      if (decision.changed) {
        await tx.manager.query(
          `UPDATE invitations SET rsvp_status = $2, guests = $3, answered_at = $4,
                  opened_at = coalesce(opened_at, now()), updated_at = now()
            WHERE id = $1`,
          [row.id, decision.state.status, decision.state.guests, decision.state.answeredAt],
        );
        Object.assign(row, {
          rsvp_status: decision.state.status,
          guests: decision.state.guests,
          answered_at: decision.state.answeredAt,
        });
        if (decision.ticket === 'issue') await this.issueTicket(tx, row, fair, token);
        if (decision.ticket === 'revoke') {
          await this.tickets.revokeForInvitation(tx.manager, row.id, 'declined by the visitor');
        }
        if (decision.ticket === 'keep') {
          await tx.manager.query(
            `UPDATE tickets SET guests = $2 WHERE invitation_id = $1 AND status = 'active'`,
            [row.id, row.guests],
          );
        }
      }
      return this.toView(tx.manager, row);
    });
  }

  private async issueTicket(
    tx: Tx,
    row: InvitationRow,
    fair: FairInfo & { endsAt: Date },
    token: string,
  ): Promise<void> {
    const issued = await this.tickets.issue(tx.manager, {
      fairId: row.fair_id,
      organisingBodyId: row.organising_body_id,
      invitationId: row.id,
      visitorId: row.visitor_id,
      holderName: row.name,
      guests: row.guests,
      expiresAt: fair.endsAt,
    });
    const body = await this.bodies.get(row.organising_body_id);
    const letters = new LetterBuilder(
      { ...this.letterContext(fair, row), body },
      {
        subject: { vi: row.subject_vi, en: row.subject_en },
        body: { vi: row.body_vi, en: row.body_en },
      },
    );
    await this.outbox.record(
      tx,
      letters.letter(
        { ...row, invitationId: row.id, token },
        'ticket',
        { status: 'accepted', guests: row.guests },
        issued.code,
        `ticket:${issued.id}`,
      ),
    );
  }

  /**
   * Public sign-up for a fair: the visitor joins the body's list (an existing entry is not
   * changed by an anonymous form), gets an accepted invitation on the fair's registration list
   * and a ticket by email. The answer is the same whether or not the address was known.
   */
  async register(fairId: string, dto: RegistrationDto): Promise<RegistrationResultDto> {
    const found = await this.fairs.get(fairId);
    // A draft is not announced yet and a cancelled fair is withdrawn: to the public neither
    // exists, so both answer exactly as an unknown id does.
    if (!PUBLIC_FAIR_STATUSES.has(found.status)) throw AppError.notFound('Fair');
    const fair = requireDays(found);
    if (fair.status === 'closed' || this.clock.now() >= fair.endsAt) throw fairOver();
    const body = await this.bodies.get(fair.organisingBodyId);
    await this.transactions.run(async (tx) => {
      const { manager } = tx;
      const campaignId = await this.registrationCampaign(manager, fair);
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('visitors:' || $1::text))`, [
        fair.organisingBodyId,
      ]);
      const [existing] = (await manager.query(
        'SELECT id, name, organisation, language, country FROM visitors WHERE organising_body_id = $1 AND email = $2',
        [fair.organisingBodyId, dto.email],
      )) as {
        id: string;
        name: string;
        organisation: string | null;
        language: VisitorLanguage | null;
        country: string | null;
      }[];
      const visitor = existing ?? {
        id: (
          await this.store.upsert(
            manager,
            fair.organisingBodyId,
            [
              {
                email: dto.email,
                name: dto.name,
                organisation: dto.organisation,
                phone: dto.phone,
                country: dto.country,
                language: dto.language,
                segment: dto.segment ?? 'public',
                tags: [],
                consent: dto.consent,
              },
            ],
            'self_registration',
          )
        ).rows[0].id,
        name: dto.name,
        organisation: dto.organisation ?? null,
        language: dto.language ?? null,
        country: dto.country ?? null,
      };
      const guests = Math.min(dto.guests ?? 0, REGISTRATION_MAX_GUESTS);
      const invitationId = randomUUID();
      const token = this.tokens.issue(invitationId);
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO invitations (id, campaign_id, visitor_id, organising_body_id, fair_id, token_hash,
                                  token_sealed, rsvp_status, guests, answered_at, opened_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'accepted', $8, now(), now())
         ON CONFLICT (campaign_id, visitor_id) DO NOTHING RETURNING id`,
        [
          invitationId,
          campaignId,
          visitor.id,
          fair.organisingBodyId,
          fair.id,
          token.hash,
          token.sealed,
          guests,
        ],
      );
      if (inserted.length === 0) return; // registered before: nothing new to send
      const issued = await this.tickets.issue(manager, {
        fairId: fair.id,
        organisingBodyId: fair.organisingBodyId,
        invitationId,
        visitorId: visitor.id,
        holderName: visitor.name,
        guests,
        expiresAt: fair.endsAt,
      });
      const letters = new LetterBuilder(
        { ...this.letterContext(fair, { campaign_id: campaignId }), body },
        REGISTRATION_TEXTS,
      );
      await this.outbox.record(
        tx,
        letters.letter(
          { ...visitor, email: dto.email, invitationId, token: token.token },
          'ticket',
          { status: 'accepted', guests },
          issued.code,
          `ticket:${issued.id}`,
        ),
      );
    });
    return {
      status: 'registered',
      message: 'Check your inbox: the ticket is on its way. · Vui lòng kiểm tra hộp thư.',
    };
  }

  /** The fair's self-registration list, made on first use (one per fair, by a unique index). */
  private async registrationCampaign(manager: EntityManager, fair: FairInfo): Promise<string> {
    await manager.query(
      `INSERT INTO campaigns (organising_body_id, fair_id, kind, name, subject_vi, subject_en,
                              body_vi, body_en, max_guests, status, fan_out_finished_at)
       VALUES ($1, $2, 'registration', $3, $4, $5, $6, $7, $8, 'sent', now())
       ON CONFLICT (fair_id) WHERE kind = 'registration' DO NOTHING`,
      [
        fair.organisingBodyId,
        fair.id,
        `Đăng ký trực tuyến · ${fair.names.vi}`.slice(0, 200),
        REGISTRATION_TEXTS.subject.vi,
        REGISTRATION_TEXTS.subject.en,
        REGISTRATION_TEXTS.body.vi,
        REGISTRATION_TEXTS.body.en,
        REGISTRATION_MAX_GUESTS,
      ],
    );
    const [row] = await manager.query(
      `SELECT id FROM campaigns WHERE fair_id = $1 AND kind = 'registration'`,
      [fair.id],
    );
    return row.id;
  }
}
