import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** One application as the exports list it: the form's facts, the decision and the money. */
export interface ApplicationExportRow {
  id: string;
  reference: string;
  producerName: string;
  legalForm: string | null;
  craftVillage: string | null;
  craft: string | null;
  ocopStars: number;
  boothsWanted: number;
  wantsCorner: boolean;
  needsPower: boolean;
  needsWater: boolean;
  firstParticipation: boolean;
  supportProgrammeId: string | null;
  status: string;
  submittedAt: Date | null;
  decisionReason: string | null;
  decidedAt: Date | null;
  releasedAt: Date | null;
  fee: string | null;
  subsidy: string | null;
  amountDue: string | null;
  deposit: string | null;
  amountPaid: string;
}

const PAGE = 1000;

/** A fair's applications past the draft, read for the exports in pages by reference. */
@Injectable()
export class ApplicationExportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The next page after `afterReference` (references are unique and sort as text). */
  page(fairId: string, afterReference: string | undefined): Promise<ApplicationExportRow[]> {
    return this.dataSource.query(
      `SELECT id, reference, producer_name AS "producerName", legal_form AS "legalForm",
              craft_village AS "craftVillage", craft, ocop_stars AS "ocopStars",
              booths_wanted AS "boothsWanted", wants_corner AS "wantsCorner",
              needs_power AS "needsPower", needs_water AS "needsWater",
              first_participation AS "firstParticipation",
              support_programme_id AS "supportProgrammeId", status,
              submitted_at AS "submittedAt", decision_reason AS "decisionReason",
              decided_at AS "decidedAt", released_at AS "releasedAt", fee::text, subsidy::text,
              amount_due::text AS "amountDue", deposit::text, amount_paid::text AS "amountPaid"
         FROM applications
        WHERE fair_id = $1 AND status <> 'draft' AND ($2::text IS NULL OR reference > $2)
        ORDER BY reference
        LIMIT ${PAGE}`,
      [fairId, afterReference ?? null],
    );
  }
}
