import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OcopRating } from '@hoicho/exhibitors';

/** An application that holds a grant from a support programme, as the dossier reads it. */
export interface DossierApplicationRow {
  reference: string;
  producerId: string;
  producerName: string;
  legalForm: string | null;
  craftVillage: string | null;
  craftVillageRecognised: boolean;
  ocopRatings: OcopRating[];
  supportProgrammeId: string;
  booths: number;
  subsidisedBooths: number;
  fee: string | null;
  grantHeld: string;
}

/** The fair's applications that hold part of a programme's budget, by programme then reference. */
@Injectable()
export class SupportDossierRepository {
  constructor(private readonly dataSource: DataSource) {}

  beneficiaries(fairId: string): Promise<DossierApplicationRow[]> {
    return this.dataSource.query(
      `SELECT reference, producer_id AS "producerId", producer_name AS "producerName",
              legal_form AS "legalForm", craft_village AS "craftVillage",
              craft_village_recognised AS "craftVillageRecognised", ocop_ratings AS "ocopRatings",
              support_programme_id AS "supportProgrammeId",
              coalesce((SELECT sum((line->>'count')::int)
                          FROM jsonb_array_elements(fee_detail->'lines') line), booths_wanted)::int
                AS booths,
              coalesce((fee_detail->>'subsidisedBooths')::int, 0) AS "subsidisedBooths",
              fee::text, grant_held::text AS "grantHeld"
         FROM applications
        WHERE fair_id = $1 AND support_programme_id IS NOT NULL AND grant_held > 0
        ORDER BY support_programme_id, reference`,
      [fairId],
    );
  }
}
