import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ApplicationProducerRow {
  applicationId: string;
  producerId: string;
}

export interface ApplicantNameRow {
  producerId: string;
  name: string;
}

export interface ReviewCountsRow {
  fairId: string;
  /** Submitted, no decision staged yet. */
  waiting: number;
  /** A decision staged, not released. */
  staged: number;
}

/**
 * What other libraries and the organisers' dashboard may read of `applications` (they never
 * query the table): who applied to a fair, and the review queue of several fairs at once.
 */
@Injectable()
export class ApplicationReadsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The producers whose application to the fair is approved. */
  async approvedProducerIds(fairId: string): Promise<string[]> {
    const rows: { producerId: string }[] = await this.dataSource.query(
      `SELECT producer_id AS "producerId" FROM applications
        WHERE fair_id = $1 AND status = 'approved'`,
      [fairId],
    );
    return rows.map((row) => row.producerId);
  }

  /** The producer of each of the fair's applications among `applicationIds`, whatever its status. */
  producersOf(
    fairId: string,
    applicationIds: readonly string[],
  ): Promise<ApplicationProducerRow[]> {
    if (applicationIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT id AS "applicationId", producer_id AS "producerId" FROM applications
        WHERE fair_id = $1 AND id = ANY ($2::uuid[])`,
      [fairId, applicationIds],
    );
  }

  /**
   * The producers with a submitted, still live application to the fair (submitted, approved or
   * waitlisted), by the name on their application, in Vietnamese order; never their contacts.
   */
  liveApplicantNames(fairId: string, exceptProducerId: string): Promise<ApplicantNameRow[]> {
    return this.dataSource.query(
      `SELECT producer_id AS "producerId", producer_name AS name FROM applications
        WHERE fair_id = $1 AND producer_id <> $2
          AND status IN ('submitted', 'approved', 'waitlisted')
        ORDER BY producer_name COLLATE vi, producer_id`,
      [fairId, exceptProducerId],
    );
  }

  /** The review queue of each fair (one query); fairs with no application are left out. */
  reviewCounts(fairIds: readonly string[]): Promise<ReviewCountsRow[]> {
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
