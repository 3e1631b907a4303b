import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CustodyStatus } from '../domain';
import { EntryStatus } from './showcase-sample.entity';

/** A sample still in the organisers' hands, with since when it stands where it is. */
export interface UnreturnedRow {
  id: string;
  showcaseId: string;
  showcaseTitle: string;
  producerId: string;
  productId: string;
  labelCode: string;
  quantity: number;
  /** Whole đồng. */
  declaredValue: number;
  custodyStatus: 'received' | 'on_display';
  displayLocation: string | null;
  since: Date;
}

/** Samples still in the organisers' hands at one fair. */
export interface UnreturnedTotalsRow {
  fairId: string;
  /** Samples received or on display. */
  total: number;
  /** Their declared value, đồng as a digit string. */
  declaredValue: string;
}

export interface EntryCountRow {
  showcaseId: string;
  entryStatus: EntryStatus;
  n: number;
}

export interface CustodyCountRow {
  status: CustodyStatus;
  n: number;
}

const CUSTODY_ORDER = `ARRAY['requested', 'received', 'on_display', 'returned', 'sold', 'damaged', 'lost', 'cancelled']`;

/** Counts and reports over entries and samples. */
@Injectable()
export class SampleReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** How many samples are received or on display at each of `fairIds` (fairs with none are left out). */
  async unreturnedTotals(fairIds: readonly string[]): Promise<UnreturnedTotalsRow[]> {
    if (fairIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT fair_id AS "fairId", count(*)::int AS total,
              coalesce(sum(declared_value), 0)::text AS "declaredValue"
         FROM showcase_samples
        WHERE fair_id = ANY ($1::uuid[]) AND custody_status IN ('received', 'on_display')
        GROUP BY fair_id`,
      [fairIds],
    );
  }

  /** Samples received or on display, by label code: the list to clear when the fair closes. */
  unreturned(fairId: string): Promise<UnreturnedRow[]> {
    return this.dataSource.query(
      `SELECT s.id, s.showcase_id AS "showcaseId", c.title_vi AS "showcaseTitle",
              s.producer_id AS "producerId", s.product_id AS "productId",
              s.label_code AS "labelCode", s.quantity, s.declared_value::float8 AS "declaredValue",
              s.custody_status AS "custodyStatus", s.display_location AS "displayLocation",
              (SELECT max(e.occurred_at) FROM sample_custody_events e WHERE e.sample_id = s.id) AS since
         FROM showcase_samples s JOIN showcases c ON c.id = s.showcase_id
        WHERE s.fair_id = $1 AND s.custody_status IN ('received', 'on_display')
        ORDER BY s.label_code`,
      [fairId],
    );
  }

  /** How many entries each showcase of the fair has in each state (a producer's only, if given). */
  entryCounts(fairId: string, producerId?: string): Promise<EntryCountRow[]> {
    return this.dataSource.query(
      `SELECT showcase_id AS "showcaseId", entry_status AS "entryStatus", count(*)::int AS n
         FROM showcase_samples
        WHERE fair_id = $1 AND ($2::uuid IS NULL OR producer_id = $2)
        GROUP BY 1, 2`,
      [fairId, producerId ?? null],
    );
  }

  /** The showcase's samples that have a custody trail, by where they stand, in custody order. */
  custodyCounts(manager: EntityManager, showcaseId: string): Promise<CustodyCountRow[]> {
    return manager.query(
      `SELECT s.custody_status AS status, count(*)::int AS n
         FROM showcase_samples s
        WHERE s.showcase_id = $1
          AND EXISTS (SELECT 1 FROM sample_custody_events e WHERE e.sample_id = s.id)
        GROUP BY 1
        ORDER BY array_position(${CUSTODY_ORDER}, s.custody_status)`,
      [showcaseId],
    );
  }
}
