import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { BoothAssignment } from './booth-assignment.entity';

/** An application's published booths. */
export interface PublishedBooths {
  boothIds: string[];
  /** Some booth was placed by an organiser's hand. */
  manual: boolean;
}

/** A booth of a published draft as it is written. */
export interface DraftBoothRow {
  boothId: string;
  applicationId: string;
  manual: boolean;
}

const isUniqueViolation = (error: unknown) =>
  error instanceof QueryFailedError && (error as { code?: string }).code === '23505';

/**
 * Published booths (`booth_assignments`), unique per fair and booth: the database has the last
 * word on double booking, and a write that would break it answers `false`. A publication
 * replaces the fair's rows with one statement whatever the size of the draft.
 */
@Injectable()
export class BoothAssignmentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every row of the fair, as stored (a published draft's booths in its order). */
  list(fairId: string, manager?: EntityManager): Promise<BoothAssignment[]> {
    return (manager ?? this.dataSource.manager).getRepository(BoothAssignment).findBy({ fairId });
  }

  /** Published booths by application (applications and their booths by id). */
  async byApplication(
    fairId: string,
    manager?: EntityManager,
  ): Promise<Map<string, PublishedBooths>> {
    const rows = await (manager ?? this.dataSource.manager)
      .getRepository(BoothAssignment)
      .find({ where: { fairId }, order: { applicationId: 'ASC', boothId: 'ASC' } });
    const byApp = new Map<string, PublishedBooths>();
    for (const row of rows) {
      const entry = byApp.get(row.applicationId) ?? { boothIds: [], manual: false };
      entry.boothIds.push(row.boothId);
      entry.manual ||= row.manual;
      byApp.set(row.applicationId, entry);
    }
    return byApp;
  }

  /** The fair's published booths become `rows`; false if a booth would be given twice. */
  async replaceForFair(
    manager: EntityManager,
    fairId: string,
    runId: string,
    assignedBy: string,
    rows: readonly DraftBoothRow[],
  ): Promise<boolean> {
    await manager.getRepository(BoothAssignment).delete({ fairId });
    try {
      await manager.query(
        `INSERT INTO booth_assignments (fair_id, booth_id, application_id, run_id, manual, assigned_by)
         SELECT $1, r.booth_id, r.application_id, $2, r.manual, $3
           FROM jsonb_to_recordset($4::jsonb) AS r(booth_id uuid, application_id uuid, manual boolean)`,
        [
          fairId,
          runId,
          assignedBy,
          JSON.stringify(
            rows.map((r) => ({
              booth_id: r.boothId,
              application_id: r.applicationId,
              manual: r.manual,
            })),
          ),
        ],
      );
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** An accepted offer's booths become the application's; false if one was given meanwhile. */
  async insertForOffer(
    manager: EntityManager,
    offer: { id: string; fairId: string; applicationId: string; boothIds: readonly string[] },
    assignedBy: string,
  ): Promise<boolean> {
    try {
      await manager.getRepository(BoothAssignment).insert(
        offer.boothIds.map((boothId) => ({
          fairId: offer.fairId,
          boothId,
          applicationId: offer.applicationId,
          offerId: offer.id,
          manual: false,
          assignedBy,
        })),
      );
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async deleteForApplications(
    manager: EntityManager,
    fairId: string,
    applicationIds: readonly string[],
  ): Promise<void> {
    if (applicationIds.length === 0) return;
    await manager
      .getRepository(BoothAssignment)
      .delete({ fairId, applicationId: In([...applicationIds]) });
  }
}
