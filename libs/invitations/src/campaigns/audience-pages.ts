import { DataSource } from 'typeorm';
import { Campaign } from './campaign.entity';

/** Ids per query: one round trip for tens of thousands of visitors (36 bytes each). */
const ID_CHUNK = 50_000;
/** Below every uuid: where a keyset walk over ids starts. */
export const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** The visitors a campaign selects: its segments, tags and hand-picked ids add up. */
export const AUDIENCE_SQL = `v.organising_body_id = $1 AND v.consent IS DISTINCT FROM false
  AND ($2::boolean OR v.segment = ANY($3::text[]) OR v.tag_keys && $4::text[] OR v.id = ANY($5::uuid[]))`;
export const audienceParams = (c: Campaign) => [
  c.organisingBodyId,
  c.audienceAll,
  c.audienceSegments,
  c.audienceTags,
  c.audienceVisitorIds,
];

/**
 * Pages of the ids of the campaign's audience not yet invited, in id order. The ids come in
 * large chunks (one anti-join against the invitations per chunk), so reading the next page
 * never waits on the database and the pages' own work runs side by side; a page of visitors
 * used to be read one query at a time, each waiting for the previous.
 */
export function audiencePages(
  dataSource: DataSource,
  campaign: Campaign,
  pageSize: number,
): () => Promise<string[] | undefined> {
  let buffered: string[] = [];
  let after = NIL_UUID;
  let exhausted = false;
  return async () => {
    if (buffered.length === 0 && !exhausted) {
      const rows: { id: string }[] = await dataSource.query(
        `SELECT v.id FROM visitors v
          WHERE ${AUDIENCE_SQL} AND v.id > $6
            AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.campaign_id = $7 AND i.visitor_id = v.id)
          ORDER BY v.id LIMIT ${ID_CHUNK}`,
        [...audienceParams(campaign), after, campaign.id],
      );
      buffered = rows.map((row) => row.id);
      exhausted = rows.length < ID_CHUNK;
      if (rows.length) after = rows[rows.length - 1].id;
    }
    if (buffered.length === 0) return undefined;
    return buffered.splice(0, pageSize);
  };
}
