import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { BULK_SUPPRESSED_ADDRESSES } from '@hoicho/notifications';
import type { AudienceCriteria, RsvpState, RsvpStatus, VisitorLanguage } from '../domain';
import type { AudienceRow } from '../campaigns/audience.repository';

/** A fan-out page's invitations: one per visitor, each with its token's hash and sealed copy. */
export interface NewInvitationPage {
  campaignId: string;
  organisingBodyId: string;
  fairId: string;
  /** `accepted` for a pre-accepted campaign: answered now. */
  status: 'pending' | 'accepted';
  rows: { id: string; visitorId: string; tokenHash: Buffer; tokenSealed: string }[];
}

/** A self-registration: accepted and opened at once. */
export interface NewRegistration {
  id: string;
  campaignId: string;
  visitorId: string;
  organisingBodyId: string;
  fairId: string;
  tokenHash: Buffer;
  tokenSealed: string;
  guests: number;
}

/** An invitation found by its link, with what answering it needs of its campaign and visitor. */
export interface LinkedInvitation {
  id: string;
  campaignId: string;
  visitorId: string;
  organisingBodyId: string;
  fairId: string;
  rsvpStatus: RsvpStatus;
  guests: number;
  answeredAt: Date | null;
  maxGuests: number;
  subjectVi: string;
  subjectEn: string;
  bodyVi: string;
  bodyEn: string;
  name: string;
  email: string;
  organisation: string | null;
  language: VisitorLanguage | null;
  country: string | null;
}

/** An invitation a reminder goes to, with its sealed link, its active ticket and the flag. */
export interface ReminderRow extends AudienceRow {
  invitationId: string;
  tokenSealed: string;
  rsvpStatus: RsvpStatus;
  guests: number;
  ticketId: string | null;
  ticketFairId: string | null;
  initials: string | null;
  expiresAt: Date | null;
  /** On the suppression list for bulk mail: skipped and counted. */
  suppressed: boolean;
}

/** Invitations: one per visitor per campaign, with the answer and the link's hash (`invitations`). */
@Injectable()
export class InvitationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Inserts a fan-out page; a visitor the campaign invited already is skipped (ON CONFLICT).
   * Answers the ids of the rows it made.
   */
  async insertPage(manager: EntityManager, page: NewInvitationPage): Promise<string[]> {
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO invitations (id, visitor_id, token_hash, token_sealed, campaign_id,
                                organising_body_id, fair_id, rsvp_status, answered_at)
       SELECT u.id, u.visitor_id, u.token_hash, u.token_sealed, $5, $6, $7, $8,
              CASE WHEN $8 = 'pending' THEN NULL ELSE now() END
         FROM unnest($1::uuid[], $2::uuid[], $3::bytea[], $4::text[]) AS u(id, visitor_id, token_hash, token_sealed)
       ON CONFLICT (campaign_id, visitor_id) DO NOTHING
       RETURNING id`,
      [
        page.rows.map((r) => r.id),
        page.rows.map((r) => r.visitorId),
        page.rows.map((r) => r.tokenHash),
        page.rows.map((r) => r.tokenSealed),
        page.campaignId,
        page.organisingBodyId,
        page.fairId,
        page.status,
      ],
    );
    return inserted.map((row) => row.id);
  }

  /** False when the visitor is on the list already (registered before). */
  async insertRegistration(manager: EntityManager, r: NewRegistration): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO invitations (id, campaign_id, visitor_id, organising_body_id, fair_id, token_hash,
                                token_sealed, rsvp_status, guests, answered_at, opened_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'accepted', $8, now(), now())
       ON CONFLICT (campaign_id, visitor_id) DO NOTHING RETURNING id`,
      [
        r.id,
        r.campaignId,
        r.visitorId,
        r.organisingBodyId,
        r.fairId,
        r.tokenHash,
        r.tokenSealed,
        r.guests,
      ],
    );
    return inserted.length > 0;
  }

  /** The invitation whose link hashes to `hash` (its visitor not deleted); `lock` takes its row. */
  async findByTokenHash(
    manager: EntityManager,
    hash: Buffer,
    lock: boolean,
  ): Promise<LinkedInvitation | undefined> {
    const rows: LinkedInvitation[] = await manager.query(
      `SELECT i.id, i.campaign_id AS "campaignId", i.visitor_id AS "visitorId",
              i.organising_body_id AS "organisingBodyId", i.fair_id AS "fairId",
              i.rsvp_status AS "rsvpStatus", i.guests, i.answered_at AS "answeredAt",
              c.max_guests AS "maxGuests", c.subject_vi AS "subjectVi", c.subject_en AS "subjectEn",
              c.body_vi AS "bodyVi", c.body_en AS "bodyEn",
              v.name, v.email::text AS email, v.organisation, v.language, v.country
         FROM invitations i
         JOIN campaigns c ON c.id = i.campaign_id
         JOIN visitors v ON v.id = i.visitor_id
        WHERE i.token_hash = $1 ${lock ? 'FOR UPDATE OF i' : ''}`,
      [hash],
    );
    return rows[0];
  }

  /** The first view of the link. */
  async markOpened(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      'UPDATE invitations SET opened_at = now() WHERE id = $1 AND opened_at IS NULL',
      [id],
    );
  }

  /** Stores an answer (an answer opens the invitation too). */
  async recordAnswer(manager: EntityManager, id: string, state: RsvpState): Promise<void> {
    await manager.query(
      `UPDATE invitations SET rsvp_status = $2, guests = $3, answered_at = $4,
              opened_at = coalesce(opened_at, now()), updated_at = now()
        WHERE id = $1`,
      [id, state.status, state.guests, state.answeredAt],
    );
  }

  /** Locks every invitation of a visitor (before deleting them), as an answer locks its own. */
  async lockForVisitor(manager: EntityManager, visitorId: string): Promise<void> {
    await manager.query('SELECT id FROM invitations WHERE visitor_id = $1 FOR UPDATE', [visitorId]);
  }

  /**
   * Up to `limit` invitations of the campaign after `after` (id order) that match a reminder's
   * audience, of visitors with consent, each with its active ticket and the suppression flag
   * from notifications' read model.
   */
  reminderPage(
    campaignId: string,
    criteria: AudienceCriteria,
    after: string,
    limit: number,
  ): Promise<ReminderRow[]> {
    return this.dataSource.query(
      `SELECT i.id AS "invitationId", i.token_sealed AS "tokenSealed", i.rsvp_status AS "rsvpStatus", i.guests,
              v.id, v.email::text AS email, v.name, v.organisation, v.language, v.country,
              t.id AS "ticketId", t.fair_id AS "ticketFairId", t.initials, t.expires_at AS "expiresAt",
              EXISTS (SELECT 1 FROM ${BULK_SUPPRESSED_ADDRESSES} s WHERE s.email = v.email) AS suppressed
         FROM invitations i
         JOIN visitors v ON v.id = i.visitor_id
         LEFT JOIN tickets t ON t.invitation_id = i.id AND t.status = 'active'
        WHERE i.campaign_id = $1 AND i.id > $2 AND i.rsvp_status = ANY($3::text[])
          AND v.consent IS DISTINCT FROM false
          AND ($4::boolean IS NULL OR (i.opened_at IS NOT NULL) = $4)
          AND ($5::boolean IS NULL OR EXISTS (SELECT 1 FROM check_ins c WHERE c.ticket_id = t.id) = $5)
        ORDER BY i.id LIMIT ${limit}`,
      [campaignId, after, criteria.rsvp, criteria.opened ?? null, criteria.checkedIn ?? null],
    );
  }
}
