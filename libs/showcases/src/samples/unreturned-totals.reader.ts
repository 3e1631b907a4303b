import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface UnreturnedTotalsRow {
  fairId: string;
  /** Samples received or on display. */
  total: number;
  /** Their declared value, đồng as a digit string. */
  declaredValue: string;
}

/** Samples still in the organisers' hands, counted for several fairs at once (the dashboard). */
@Injectable()
export class UnreturnedTotalsReader {
  constructor(private readonly dataSource: DataSource) {}

  of(fairIds: readonly string[]): Promise<UnreturnedTotalsRow[]> {
    if (fairIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT fair_id AS "fairId", count(*)::int AS total,
              coalesce(sum(declared_value), 0)::text AS "declaredValue"
         FROM showcase_samples
        WHERE fair_id = ANY ($1::uuid[]) AND custody_status IN ('received', 'on_display')
        GROUP BY fair_id`,
      [fairIds],
    );
  }
}
