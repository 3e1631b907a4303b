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

/** Who applied to a fair, for other libraries that must not read the applications tables. */
@Injectable()
export class FairApplicantsReader {
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
}
