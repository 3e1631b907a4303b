import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface BoothAssignmentRow {
  applicationId: string;
  boothId: string;
}

/** The published booth assignments of a fair (what the last publication wrote). */
@Injectable()
export class BoothAssignmentsReader {
  constructor(private readonly dataSource: DataSource) {}

  ofFair(fairId: string): Promise<BoothAssignmentRow[]> {
    return this.dataSource.query(
      `SELECT application_id AS "applicationId", booth_id AS "boothId"
         FROM booth_assignments WHERE fair_id = $1`,
      [fairId],
    );
  }
}
