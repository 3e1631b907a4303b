import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { searchPatterns } from '../common/search-words';
import { SqlParams } from '../common/sql-params';
import { CataloguePage, ProducerSearchFilters, PublicProducerRow } from './public-catalogue.rows';

/** The public columns of producer `pr`, its village `v` and craft `c` as a PublicProducerRow. */
const PRODUCER_COLUMNS = `pr.id, pr.legal_name_vi AS "nameVi", pr.legal_name_en AS "nameEn",
  v.id AS "villageId", v.name AS "villageName",
  c.code AS "craftCode", c.name_vi AS "craftVi", c.name_en AS "craftEn",
  (SELECT count(*)::int FROM products p WHERE p.producer_id = pr.id AND p.published) AS "productCount"`;

const VILLAGE_AND_CRAFT = `LEFT JOIN craft_villages v ON v.id = pr.craft_village_id
  LEFT JOIN craft_categories c ON c.code = coalesce(pr.craft_category, v.craft_category)`;

/** Published producers as the public exhibitor directory shows them. */
@Injectable()
export class PublicProducersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One page of the directory in name order, with the number of producers found. The total
   * rides on the page's rows; only a page past the end counts apart.
   */
  async page(
    filters: ProducerSearchFilters,
    page: CataloguePage,
  ): Promise<{ rows: PublicProducerRow[]; total: number }> {
    if (filters.producerIds.length === 0) return { rows: [], total: 0 };
    const params = new SqlParams();
    const where = this.where(filters, params);
    const sortName =
      page.lang === 'en' ? 'coalesce(pr.legal_name_en, pr.legal_name_vi)' : 'pr.legal_name_vi';
    const from = `producers pr LEFT JOIN craft_villages v ON v.id = pr.craft_village_id`;
    const counted = params.values.length;
    const rows: (PublicProducerRow & { total: number })[] = await this.dataSource.query(
      `WITH page AS (
         SELECT pr.id, ${sortName} AS sort_name, count(*) OVER ()::int AS total
           FROM ${from}
          WHERE ${where}
          ORDER BY ${sortName} COLLATE vi, pr.id
          LIMIT ${params.add(page.limit)} OFFSET ${params.add(page.offset)})
       SELECT ${PRODUCER_COLUMNS}, page.total
         FROM page JOIN producers pr ON pr.id = page.id ${VILLAGE_AND_CRAFT}
        ORDER BY page.sort_name COLLATE vi, pr.id`,
      params.values,
    );
    const total = rows[0]?.total;
    const found = rows.map(({ total: _total, ...row }) => row);
    if (total !== undefined || page.offset === 0) return { rows: found, total: total ?? 0 };
    const [counts]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM ${from} WHERE ${where}`,
      params.values.slice(0, counted),
    );
    return { rows: found, total: counts.total };
  }

  /** The producer if it is published; undefined otherwise. */
  async byId(producerId: string): Promise<PublicProducerRow | undefined> {
    const [row]: PublicProducerRow[] = await this.dataSource.query(
      `SELECT ${PRODUCER_COLUMNS} FROM producers pr ${VILLAGE_AND_CRAFT}
        WHERE pr.id = $1 AND pr.published`,
      [producerId],
    );
    return row;
  }

  private where(f: ProducerSearchFilters, params: SqlParams): string {
    const where = ['pr.published', `pr.id = ANY (${params.add(f.producerIds)}::uuid[])`];
    for (const pattern of searchPatterns(f.q)) {
      where.push(`pr.search_key LIKE hc_search_key(${params.add(pattern)})`);
    }
    if (f.villageIds) where.push(`pr.craft_village_id = ANY (${params.add(f.villageIds)}::uuid[])`);
    if (f.craftCodes) {
      where.push(
        `coalesce(pr.craft_category, v.craft_category) = ANY (${params.add(f.craftCodes)}::text[])`,
      );
    }
    return where.join(' AND ');
  }
}
