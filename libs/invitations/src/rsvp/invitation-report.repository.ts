import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PageQueryDto } from '@hoicho/platform';
import type { RsvpStatus } from '../domain';

export interface AnswerCounts {
  invited: number;
  pending: number;
  accepted: number;
  declined: number;
  guests: number;
  opened: number;
}

/** A row of a campaign's invitation list. */
export interface InvitationListRow {
  id: string;
  visitorId: string;
  name: string;
  email: string;
  rsvpStatus: RsvpStatus;
  guests: number;
  answeredAt: Date | null;
  openedAt: Date | null;
  ticketId: string | null;
  admittedAt: Date | null;
}

/** How a campaign's invitations were answered and used, for its organiser (`invitations`). */
@Injectable()
export class InvitationReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  async answerCounts(campaignId: string): Promise<AnswerCounts> {
    const [row]: AnswerCounts[] = await this.dataSource.query(
      `SELECT count(*)::int AS invited,
              count(*) FILTER (WHERE rsvp_status = 'pending')::int AS pending,
              count(*) FILTER (WHERE rsvp_status = 'accepted')::int AS accepted,
              count(*) FILTER (WHERE rsvp_status = 'declined')::int AS declined,
              coalesce(sum(guests), 0)::int AS guests,
              count(*) FILTER (WHERE opened_at IS NOT NULL)::int AS opened
         FROM invitations WHERE campaign_id = $1`,
      [campaignId],
    );
    return row;
  }

  /** Invitations of the campaign whose ticket was admitted at a gate. */
  async attendedCount(campaignId: string): Promise<number> {
    const [{ attended }]: { attended: number }[] = await this.dataSource.query(
      `SELECT count(DISTINCT t.invitation_id)::int AS attended
         FROM check_ins c JOIN tickets t ON t.id = c.ticket_id
         JOIN invitations i ON i.id = t.invitation_id
        WHERE i.campaign_id = $1`,
      [campaignId],
    );
    return attended;
  }

  /**
   * One page of the campaign's invitations by visitor name, with the active ticket and its
   * admission; a deleted visitor's invitation stays for the figures but is nobody to list.
   */
  async page(
    campaignId: string,
    rsvp: RsvpStatus | undefined,
    page: PageQueryDto,
  ): Promise<{ items: InvitationListRow[]; total: number }> {
    const filter = rsvp ? 'AND i.rsvp_status = $2' : 'AND $2::text IS NULL';
    const items: InvitationListRow[] = await this.dataSource.query(
      `SELECT i.id, v.id AS "visitorId", v.name, v.email::text AS email,
              i.rsvp_status AS "rsvpStatus", i.guests, i.answered_at AS "answeredAt",
              i.opened_at AS "openedAt", t.id AS "ticketId", c.admitted_at AS "admittedAt"
         FROM invitations i JOIN visitors v ON v.id = i.visitor_id
         LEFT JOIN tickets t ON t.invitation_id = i.id AND t.status = 'active'
         -- a ticket admits once per fair day: its first admission
         LEFT JOIN LATERAL (SELECT min(admitted_at) AS admitted_at FROM check_ins
                             WHERE ticket_id = t.id) c ON true
        WHERE i.campaign_id = $1 ${filter}
        ORDER BY v.name, i.id LIMIT $3 OFFSET $4`,
      [campaignId, rsvp ?? null, page.pageSize, (page.page - 1) * page.pageSize],
    );
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM invitations i
        WHERE i.campaign_id = $1 AND i.visitor_id IS NOT NULL ${filter}`,
      [campaignId, rsvp ?? null],
    );
    return { items, total };
  }
}
