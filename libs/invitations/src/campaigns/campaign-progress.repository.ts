import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AnswerCounts } from '../rsvp/invitation-report.repository';

/** A campaign's own figures: its status, the addresses skipped, and its invitations' answers. */
export interface CampaignCounts extends AnswerCounts {
  campaignId: string;
  status: string;
  suppressedCount: number;
}

/** The answers of all of a body's campaigns at once (`campaigns`, `invitations`). */
@Injectable()
export class CampaignProgressRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One statement for every campaign of the body (or of one of its fairs), newest first. */
  countsOfBody(bodyId: string, fairId?: string): Promise<CampaignCounts[]> {
    return this.dataSource.query(
      `SELECT c.id AS "campaignId", c.status, c.suppressed_count AS "suppressedCount",
              count(i.id)::int AS invited,
              count(i.id) FILTER (WHERE i.rsvp_status = 'pending')::int AS pending,
              count(i.id) FILTER (WHERE i.rsvp_status = 'accepted')::int AS accepted,
              count(i.id) FILTER (WHERE i.rsvp_status = 'declined')::int AS declined,
              coalesce(sum(i.guests), 0)::int AS guests,
              count(i.id) FILTER (WHERE i.opened_at IS NOT NULL)::int AS opened
         FROM campaigns c LEFT JOIN invitations i ON i.campaign_id = c.id
        WHERE c.organising_body_id = $1 AND ($2::uuid IS NULL OR c.fair_id = $2)
        GROUP BY c.id
        ORDER BY c.created_at DESC, c.id`,
      [bodyId, fairId ?? null],
    );
  }
}
