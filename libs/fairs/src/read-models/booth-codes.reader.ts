import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface BoothCodeRow {
  boothId: string;
  code: string;
}

/** The codes of a fair's booths on its plan ("B-01"), for other libraries that hold booth ids. */
@Injectable()
export class BoothCodesReader {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The fair's booths among `boothIds`, by code; ids of another fair's booths, or of none, are
   * left out.
   */
  codes(fairId: string, boothIds: readonly string[]): Promise<BoothCodeRow[]> {
    if (boothIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT id AS "boothId", code FROM booths WHERE fair_id = $1 AND id = ANY ($2::uuid[])
        ORDER BY code`,
      [fairId, boothIds],
    );
  }
}
