import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ReviewCountsRow {
  fairId: string;
  /** Submitted, no decision staged yet. */
  waiting: number;
  /** A decision staged, not released. */
  staged: number;
}

/** The review queue of several fairs at once, for the organisers' dashboard (one query). */
@Injectable()
export class ReviewCountsReader {
  constructor(private readonly dataSource: DataSource) {}

  countsOf(fairIds: readonly string[]): Promise<ReviewCountsRow[]> {
    if (fairIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT fair_id AS "fairId",
              count(*) FILTER (WHERE status = 'submitted' AND pending_decision IS NULL)::int AS waiting,
              count(*) FILTER (WHERE pending_decision IS NOT NULL)::int AS staged
         FROM applications WHERE fair_id = ANY ($1::uuid[])
        GROUP BY fair_id`,
      [fairIds],
    );
  }
}
