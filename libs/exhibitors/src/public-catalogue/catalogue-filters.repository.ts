import { Injectable } from '@nestjs/common';
import { escapeLike } from '@hoicho/platform';
import { DataSource } from 'typeorm';

/**
 * What a visitor typed as a village or craft filter, as ids and codes from the small reference
 * tables, so the search itself can use its indexes.
 */
@Injectable()
export class CatalogueFiltersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Village ids whose id is `value` or whose name contains it, diacritics ignored. */
  async villageIds(value: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM craft_villages
        WHERE id::text = lower($1) OR search_key LIKE '%' || hc_search_key($1) || '%'`,
      [escapeLike(value)],
    );
    return rows.map((r) => r.id);
  }

  /** Craft codes equal to `value`, or whose Vietnamese or English name contains it. */
  async craftCodes(value: string): Promise<string[]> {
    const rows: { code: string }[] = await this.dataSource.query(
      `SELECT code FROM craft_categories
        WHERE code = lower($1)
           OR hc_search_key(concat_ws(' ', name_vi, name_en)) LIKE '%' || hc_search_key($1) || '%'`,
      [escapeLike(value)],
    );
    return rows.map((r) => r.code);
  }
}
