import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface PublicShowcaseRow {
  id: string;
  titleVi: string;
  titleEn: string | null;
  theme: string | null;
  location: string | null;
  curator: string | null;
  startsOn: string;
  endsOn: string;
}

/** An accepted sample as the public sees it: its label and product, nothing of custody. */
export interface PublicSampleRow {
  showcaseId: string;
  labelCode: string;
  productId: string;
}

export interface ProductShowcaseRow {
  id: string;
  titleVi: string;
  titleEn: string | null;
  labelCode: string;
}

/**
 * The fair's showcases and their accepted samples for the public catalogue. Samples cancelled
 * because they never arrived are left out everywhere.
 */
@Injectable()
export class PublicShowcasesRepository {
  constructor(private readonly dataSource: DataSource) {}

  ofFair(fairId: string): Promise<PublicShowcaseRow[]> {
    return this.dataSource.query(
      `SELECT id, title_vi AS "titleVi", title_en AS "titleEn", theme, location, curator,
              to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn"
         FROM showcases WHERE fair_id = $1 ORDER BY starts_on, title_vi COLLATE vi, id`,
      [fairId],
    );
  }

  /** The accepted samples of all the fair's showcases, by label code. */
  acceptedSamplesOfFair(fairId: string): Promise<PublicSampleRow[]> {
    return this.dataSource.query(
      `SELECT showcase_id AS "showcaseId", label_code AS "labelCode", product_id AS "productId"
         FROM showcase_samples
        WHERE fair_id = $1 AND entry_status = 'accepted' AND custody_status <> 'cancelled'
        ORDER BY label_code`,
      [fairId],
    );
  }

  /** The showcases where the product has an accepted sample in this fair. */
  showcasesOfProduct(fairId: string, productId: string): Promise<ProductShowcaseRow[]> {
    return this.dataSource.query(
      `SELECT c.id, c.title_vi AS "titleVi", c.title_en AS "titleEn", s.label_code AS "labelCode"
         FROM showcase_samples s JOIN showcases c ON c.id = s.showcase_id
        WHERE s.fair_id = $1 AND s.product_id = $2 AND s.entry_status = 'accepted'
          AND s.custody_status <> 'cancelled'
        ORDER BY s.label_code`,
      [fairId, productId],
    );
  }

  /** Producers an accepted sample makes exhibitors of the fair. */
  async sampleProducersOfFair(fairId: string): Promise<string[]> {
    const rows: { producerId: string }[] = await this.dataSource.query(
      `SELECT DISTINCT producer_id AS "producerId" FROM showcase_samples
        WHERE fair_id = $1 AND entry_status = 'accepted' AND custody_status <> 'cancelled'`,
      [fairId],
    );
    return rows.map((row) => row.producerId);
  }
}
