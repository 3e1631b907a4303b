import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BULK_SUPPRESSED_ADDRESSES } from '@hoicho/notifications';
import type { VisitorLanguage } from '../domain';
import { Campaign } from './campaign.entity';

/** Whom a campaign selects: its segments, tags and hand-picked ids add up. */
export type CampaignAudience = Pick<
  Campaign,
  'organisingBodyId' | 'audienceAll' | 'audienceSegments' | 'audienceTags' | 'audienceVisitorIds'
>;

/** What a letter needs of a visitor. */
export interface AudienceRow {
  id: string;
  email: string;
  name: string;
  organisation: string | null;
  language: VisitorLanguage | null;
  country: string | null;
}

/** A visitor of a fan-out page and whether the address takes no bulk mail. */
export interface InviteeRow extends AudienceRow {
  suppressed: boolean;
}

const AUDIENCE_SQL = `v.organising_body_id = $1 AND v.consent IS DISTINCT FROM false
  AND ($2::boolean OR v.segment = ANY($3::text[]) OR v.tag_keys && $4::text[] OR v.id = ANY($5::uuid[]))`;
const audienceParams = (a: CampaignAudience) => [
  a.organisingBodyId,
  a.audienceAll,
  a.audienceSegments,
  a.audienceTags,
  a.audienceVisitorIds,
];

/**
 * The visitors a campaign selects (visitors with consent, by the campaign's audience columns),
 * read for its size and for the fan-out. The suppression flag comes from notifications' read
 * model, joined to the page so the fan-out needs no second query per page.
 */
@Injectable()
export class AudienceRepository {
  constructor(private readonly dataSource: DataSource) {}

  async count(audience: CampaignAudience): Promise<number> {
    const [{ n }]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM visitors v WHERE ${AUDIENCE_SQL}`,
      audienceParams(audience),
    );
    return n;
  }

  /** Up to `limit` ids of the audience after `after` that the campaign has not invited, in id order. */
  async uninvitedIds(
    campaign: CampaignAudience & Pick<Campaign, 'id'>,
    after: string,
    limit: number,
  ): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT v.id FROM visitors v
        WHERE ${AUDIENCE_SQL} AND v.id > $6
          AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.campaign_id = $7 AND i.visitor_id = v.id)
        ORDER BY v.id LIMIT ${limit}`,
      [...audienceParams(campaign), after, campaign.id],
    );
    return rows.map((row) => row.id);
  }

  /** The page's visitors still on the body's list (one deleted since its id was read is not). */
  invitees(bodyId: string, ids: readonly string[]): Promise<InviteeRow[]> {
    return this.dataSource.query(
      `SELECT v.id, v.email::text AS email, v.name, v.organisation, v.language, v.country,
              EXISTS (SELECT 1 FROM ${BULK_SUPPRESSED_ADDRESSES} s WHERE s.email = v.email) AS suppressed
         FROM visitors v WHERE v.id = ANY($1::uuid[]) AND v.organising_body_id = $2`,
      [ids, bodyId],
    );
  }
}
