import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FairStatus } from '../domain';

/** A fair as anyone may see it: names, venue and days (hours as "HH:MM"). */
export interface PublicFairRow {
  id: string;
  nameVi: string;
  nameEn: string | null;
  venueName: string;
  venueAddress: string;
  status: FairStatus;
  days: { date: string; opens: string; closes: string }[];
}

/**
 * Fairs in the given states for a public list (the showcases' catalogue): latest first by their
 * first day, fairs without days last. Offered to other libraries so they need not read the
 * fairs tables.
 */
@Injectable()
export class PublicFairsReader {
  constructor(private readonly dataSource: DataSource) {}

  /** One page, with how many fairs there are (0 when the page is past the end). */
  async page(
    statuses: readonly FairStatus[],
    limit: number,
    offset: number,
  ): Promise<{ rows: PublicFairRow[]; total: number }> {
    const rows: (PublicFairRow & { total: number })[] = await this.dataSource.query(
      `SELECT f.id, f.name_vi AS "nameVi", f.name_en AS "nameEn", f.venue_name AS "venueName",
              f.venue_address AS "venueAddress", f.status,
              coalesce((SELECT json_agg(json_build_object('date', to_char(d.day, 'YYYY-MM-DD'),
                          'opens', to_char(d.opens_at, 'HH24:MI'), 'closes', to_char(d.closes_at, 'HH24:MI'))
                          ORDER BY d.day) FROM fair_days d WHERE d.fair_id = f.id), '[]') AS days,
              count(*) OVER ()::int AS total
         FROM fairs f WHERE f.status = ANY ($1::text[])
        ORDER BY (SELECT min(day) FROM fair_days d WHERE d.fair_id = f.id) DESC NULLS LAST, f.id
        LIMIT $2 OFFSET $3`,
      [statuses, limit, offset],
    );
    return {
      rows: rows.map(({ total: _total, ...fair }) => fair),
      total: rows[0]?.total ?? 0,
    };
  }
}
