import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BoothCodes } from './booth-codes';

/** Positional parameters for one statement. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A search query as LIKE patterns, one per word (at most 8), with wildcards escaped. */
export function searchPatterns(query: string | undefined): string[] {
  if (!query) return [];
  return query
    .normalize('NFC')
    .split(/\s+/)
    .filter((word) => word !== '')
    .slice(0, 8)
    .map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

export interface ProductRow {
  id: string;
  name_vi: string;
  name_en: string | null;
  category: string;
  materials: string[];
  dimensions_text: string | null;
  price_min: string | null;
  price_max: string | null;
  min_order_quantity: number | null;
  ocop_stars: number | null;
  ocop_expires_on: string | null;
  photo_id: string | null;
  producer_id: string;
  producer_name_vi: string;
  producer_name_en: string | null;
  village_id: string | null;
  village_name: string | null;
  craft_code: string | null;
  craft_vi: string | null;
  craft_en: string | null;
}

export interface ExhibitorRow {
  id: string;
  name_vi: string;
  name_en: string | null;
  village_id: string | null;
  village_name: string | null;
  craft_code: string | null;
  craft_vi: string | null;
  craft_en: string | null;
  booth_codes: string[];
  product_count: number;
}

export interface ShowcaseRow {
  id: string;
  title_vi: string;
  title_en: string | null;
  theme: string | null;
  location: string | null;
  curator: string | null;
  starts_on: string;
  ends_on: string;
}

export interface ProductFilters {
  q?: string;
  villageIds?: string[];
  craftCodes?: string[];
  material?: string;
  ocopStars?: number;
  priceMin?: string;
  priceMax?: string;
  /** Hà Nội calendar day: OCOP certificates valid through it count. */
  today: string;
  lang: 'vi' | 'en';
  limit: number;
  offset: number;
}

/** Public columns of a product and its producer; nothing else is ever selected. */
const PRODUCT_COLUMNS = (today: string) => `
  p.id, p.name_vi, p.name_en, p.category, p.materials, p.dimensions_text,
  p.price_min::text AS price_min, p.price_max::text AS price_max, p.min_order_quantity,
  CASE WHEN p.ocop_expires_on >= ${today}::date THEN p.ocop_stars END AS ocop_stars,
  CASE WHEN p.ocop_expires_on >= ${today}::date THEN to_char(p.ocop_expires_on, 'YYYY-MM-DD') END AS ocop_expires_on,
  (SELECT ph.id FROM product_photos ph WHERE ph.product_id = p.id
    ORDER BY ph.created_at, ph.id LIMIT 1) AS photo_id,
  pr.id AS producer_id, pr.legal_name_vi AS producer_name_vi, pr.legal_name_en AS producer_name_en,
  v.id AS village_id, v.name AS village_name,
  c.code AS craft_code, c.name_vi AS craft_vi, c.name_en AS craft_en`;

const PRODUCER_JOINS = `
  JOIN producers pr ON pr.id = p.producer_id
  LEFT JOIN craft_villages v ON v.id = pr.craft_village_id
  LEFT JOIN craft_categories c ON c.code = coalesce(pr.craft_category, v.craft_category)`;

/**
 * The public catalogue's read model: one SQL statement per answer over the tables of fairs,
 * exhibitors, applications and showcases, selecting public columns only and only what the
 * producers published. It reads those areas' tables directly (never writes them): a search
 * over 50,000 products with filters cannot be assembled from per-id service calls. The
 * columns it relies on are listed in libs/showcases/src/README.md.
 */
@Injectable()
export class CatalogueReadRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly boothCodes: BoothCodes,
  ) {}

  /** Producers exhibiting at the fair: approved, with a booth, or with a sample in a showcase. */
  private async exhibitors(fair: string): Promise<string> {
    const booths = await this.boothCodes.exhibitorsSql(fair);
    return `ex AS (
      SELECT producer_id FROM applications WHERE fair_id = ${fair} AND status = 'approved'
      UNION SELECT producer_id FROM showcase_samples WHERE fair_id = ${fair} AND entry_status = 'accepted'
        AND custody_status <> 'cancelled'
      ${booths ? `UNION ${booths}` : ''})`;
  }

  /**
   * The same test for one row's producer. As EXISTS the planner checks a hashed set per row,
   * which lets a page walk the name index in order and stop after a page.
   */
  private async isExhibitor(producer: string, fair: string): Promise<string> {
    const booths = await this.boothCodes.exhibitorsSql(fair);
    return `(EXISTS (SELECT 1 FROM applications a WHERE a.fair_id = ${fair} AND a.status = 'approved'
                      AND a.producer_id = ${producer})
          OR EXISTS (SELECT 1 FROM showcase_samples ss WHERE ss.fair_id = ${fair}
                      AND ss.entry_status = 'accepted' AND ss.custody_status <> 'cancelled'
                      AND ss.producer_id = ${producer})
          ${booths ? `OR ${producer} IN (${booths})` : ''})`;
  }

  /** Village ids whose id is `value` or whose name contains it, diacritics ignored. */
  async villageIds(value: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM craft_villages
        WHERE id::text = lower($1) OR search_key LIKE '%' || hc_search_key($1) || '%'`,
      [value.replace(/[\\%_]/g, (c) => `\\${c}`)],
    );
    return rows.map((r) => r.id);
  }

  /** Craft codes equal to `value`, or whose Vietnamese or English name contains it. */
  async craftCodes(value: string): Promise<string[]> {
    const rows: { code: string }[] = await this.dataSource.query(
      `SELECT code FROM craft_categories
        WHERE code = lower($1)
           OR hc_search_key(concat_ws(' ', name_vi, name_en)) LIKE '%' || hc_search_key($1) || '%'`,
      [value.replace(/[\\%_]/g, (c) => `\\${c}`)],
    );
    return rows.map((r) => r.code);
  }

  async fairs(limit: number, offset: number) {
    const rows: {
      id: string;
      name_vi: string;
      name_en: string | null;
      venue_name: string;
      venue_address: string;
      status: string;
      days: { date: string; opens: string; closes: string }[];
      total: number;
    }[] = await this.dataSource.query(
      `SELECT f.id, f.name_vi, f.name_en, f.venue_name, f.venue_address, f.status,
              coalesce((SELECT json_agg(json_build_object('date', to_char(d.day, 'YYYY-MM-DD'),
                          'opens', to_char(d.opens_at, 'HH24:MI'), 'closes', to_char(d.closes_at, 'HH24:MI'))
                          ORDER BY d.day) FROM fair_days d WHERE d.fair_id = f.id), '[]') AS days,
              count(*) OVER ()::int AS total
         FROM fairs f WHERE f.status IN ('published', 'running', 'closed')
        ORDER BY (SELECT min(day) FROM fair_days d WHERE d.fair_id = f.id) DESC NULLS LAST, f.id
        LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    return rows;
  }

  /**
   * The conditions of a product search over `catalogue_products` (the search index the
   * database keeps: one row per product with its producer's words, village and craft).
   */
  private async productWhere(f: ProductFilters, params: Params, fair: string): Promise<string> {
    const where: string[] = ['cp.listed', await this.isExhibitor('cp.producer_id', fair)];
    for (const pattern of searchPatterns(f.q)) {
      where.push(`cp.search_key LIKE hc_search_key(${params.add(pattern)})`);
    }
    if (f.villageIds) where.push(`cp.craft_village_id = ANY (${params.add(f.villageIds)}::uuid[])`);
    if (f.craftCodes) where.push(`cp.craft_category = ANY (${params.add(f.craftCodes)}::text[])`);
    if (f.material) {
      where.push(`cp.materials_key @> ARRAY[hc_search_key(${params.add(f.material)})]`);
    }
    if (f.ocopStars) {
      where.push(
        `cp.ocop_stars >= ${params.add(f.ocopStars)} AND cp.ocop_expires_on >= ${params.add(f.today)}::date`,
      );
    }
    if (f.priceMin) where.push(`cp.price_max >= ${params.add(f.priceMin)}::bigint`);
    if (f.priceMax) where.push(`cp.price_min <= ${params.add(f.priceMax)}::bigint`);
    return where.join(' AND ');
  }

  /** One page of a product search, in Vietnamese (or English) name order. */
  async productPage(fairId: string, f: ProductFilters): Promise<ProductRow[]> {
    const params = new Params();
    const fair = params.add(fairId);
    const where = await this.productWhere(f, params, fair);
    // The same expressions as the name indexes, so an unfiltered page walks one in order.
    const sortName = f.lang === 'en' ? 'coalesce(cp.name_en, cp.name_vi)' : 'cp.name_vi';
    const today = params.add(f.today);
    return this.dataSource.query(
      `WITH page AS (
         SELECT cp.product_id AS id, ${sortName} AS sort_name FROM catalogue_products cp
          WHERE ${where}
          ORDER BY ${sortName} COLLATE vi, cp.product_id
          LIMIT ${params.add(f.limit)} OFFSET ${params.add(f.offset)})
       SELECT ${PRODUCT_COLUMNS(today)}
         FROM page JOIN products p ON p.id = page.id ${PRODUCER_JOINS}
        ORDER BY page.sort_name COLLATE vi, p.id`,
      params.values,
    );
  }

  /** How many products the search finds (asked once per search, whatever the page). */
  async productCount(fairId: string, f: ProductFilters): Promise<number> {
    const params = new Params();
    const fair = params.add(fairId);
    const where = await this.productWhere(f, params, fair);
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM catalogue_products cp WHERE ${where}`,
      params.values,
    );
    return total;
  }

  async exhibitorList(
    fairId: string,
    f: Pick<ProductFilters, 'q' | 'villageIds' | 'craftCodes' | 'lang' | 'limit' | 'offset'>,
  ): Promise<{ rows: ExhibitorRow[]; total: number }> {
    const params = new Params();
    const fair = params.add(fairId);
    const where: string[] = ['pr.published'];
    for (const pattern of searchPatterns(f.q)) {
      where.push(`pr.search_key LIKE hc_search_key(${params.add(pattern)})`);
    }
    if (f.villageIds) where.push(`pr.craft_village_id = ANY (${params.add(f.villageIds)}::uuid[])`);
    if (f.craftCodes) {
      where.push(
        `coalesce(pr.craft_category, v.craft_category) = ANY (${params.add(f.craftCodes)}::text[])`,
      );
    }
    const sortName =
      f.lang === 'en' ? 'coalesce(pr.legal_name_en, pr.legal_name_vi)' : 'pr.legal_name_vi';
    const limit = params.add(f.limit);
    const offset = params.add(f.offset);
    const from = `ex JOIN producers pr ON pr.id = ex.producer_id
      LEFT JOIN craft_villages v ON v.id = pr.craft_village_id`;
    const rows: (ExhibitorRow & { total: number })[] = await this.dataSource.query(
      `WITH ${await this.exhibitors(fair)},
       page AS (
         SELECT pr.id, ${sortName} AS sort_name, count(*) OVER ()::int AS total
           FROM ${from}
          WHERE ${where.join(' AND ')}
          ORDER BY ${sortName} COLLATE vi, pr.id
          LIMIT ${limit} OFFSET ${offset})
       ${this.exhibitorSelect(await this.boothCodes.sql('pr.id', fair))}, page.total
         FROM page JOIN producers pr ON pr.id = page.id
         LEFT JOIN craft_villages v ON v.id = pr.craft_village_id
         LEFT JOIN craft_categories c ON c.code = coalesce(pr.craft_category, v.craft_category)
        ORDER BY page.sort_name COLLATE vi, pr.id`,
      params.values,
    );
    if (rows.length > 0 || f.offset === 0) return { rows, total: rows[0]?.total ?? 0 };
    const [{ total }] = await this.dataSource.query(
      `WITH ${await this.exhibitors(fair)}
       SELECT count(*)::int AS total FROM ${from} WHERE ${where.join(' AND ')}`,
      params.values.slice(0, -2),
    );
    return { rows, total };
  }

  private exhibitorSelect(boothCodes: string): string {
    return `SELECT pr.id, pr.legal_name_vi AS name_vi, pr.legal_name_en AS name_en,
              v.id AS village_id, v.name AS village_name,
              c.code AS craft_code, c.name_vi AS craft_vi, c.name_en AS craft_en,
              ${boothCodes} AS booth_codes,
              (SELECT count(*)::int FROM products p WHERE p.producer_id = pr.id AND p.published) AS product_count`;
  }

  /** One published exhibitor of the fair, or undefined. */
  async exhibitor(fairId: string, producerId: string): Promise<ExhibitorRow | undefined> {
    const [row] = await this.dataSource.query(
      `WITH ${await this.exhibitors('$1')}
       ${this.exhibitorSelect(await this.boothCodes.sql('pr.id', '$1'))}
         FROM producers pr
         LEFT JOIN craft_villages v ON v.id = pr.craft_village_id
         LEFT JOIN craft_categories c ON c.code = coalesce(pr.craft_category, v.craft_category)
        WHERE pr.id = $2 AND pr.published AND pr.id IN (SELECT producer_id FROM ex)`,
      [fairId, producerId],
    );
    return row;
  }

  /** Published products of published exhibitors, by id (any order). */
  async productsById(fairId: string, ids: string[], today: string): Promise<ProductRow[]> {
    if (ids.length === 0) return [];
    return this.dataSource.query(
      `WITH ${await this.exhibitors('$1')}
       SELECT ${PRODUCT_COLUMNS('$3')}
         FROM products p ${PRODUCER_JOINS}
        WHERE p.id = ANY ($2::uuid[]) AND p.published AND pr.published
          AND p.producer_id IN (SELECT producer_id FROM ex)`,
      [fairId, ids, today],
    );
  }

  async productsOfProducer(
    producerId: string,
    today: string,
    lang: 'vi' | 'en',
  ): Promise<ProductRow[]> {
    const sortName = lang === 'en' ? 'coalesce(p.name_en, p.name_vi)' : 'p.name_vi';
    return this.dataSource.query(
      `SELECT ${PRODUCT_COLUMNS('$2')}
         FROM products p ${PRODUCER_JOINS}
        WHERE p.producer_id = $1 AND p.published AND pr.published
        ORDER BY ${sortName} COLLATE vi, p.id
        LIMIT 500`,
      [producerId, today],
    );
  }

  async photos(productId: string): Promise<{ id: string; caption: string | null }[]> {
    return this.dataSource.query(
      `SELECT id, caption FROM product_photos WHERE product_id = $1 ORDER BY created_at, id`,
      [productId],
    );
  }

  /** Storage key and type of a photo of a product shown in the fair's catalogue. */
  async photo(fairId: string, productId: string, photoId: string) {
    const [row]: { storage_key: string; content_type: string }[] = await this.dataSource.query(
      `WITH ${await this.exhibitors('$1')}
       SELECT ph.storage_key, ph.content_type
         FROM product_photos ph JOIN products p ON p.id = ph.product_id
         JOIN producers pr ON pr.id = p.producer_id
        WHERE ph.id = $3 AND p.id = $2 AND p.published AND pr.published
          AND p.producer_id IN (SELECT producer_id FROM ex)`,
      [fairId, productId, photoId],
    );
    return row;
  }

  async showcases(fairId: string): Promise<ShowcaseRow[]> {
    return this.dataSource.query(
      `SELECT id, title_vi, title_en, theme, location, curator,
              to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on
         FROM showcases WHERE fair_id = $1 ORDER BY starts_on, title_vi COLLATE vi, id`,
      [fairId],
    );
  }

  /**
   * Accepted samples of the fair's showcases (label code and product; nothing of custody),
   * leaving out those cancelled because they never arrived.
   */
  async showcaseSamples(
    fairId: string,
  ): Promise<{ showcase_id: string; label_code: string; product_id: string }[]> {
    return this.dataSource.query(
      `SELECT showcase_id, label_code, product_id FROM showcase_samples
        WHERE fair_id = $1 AND entry_status = 'accepted' AND custody_status <> 'cancelled'
        ORDER BY label_code`,
      [fairId],
    );
  }

  /** The showcases where the product has an accepted sample in this fair (not cancelled). */
  async showcasesOfProduct(fairId: string, productId: string) {
    const rows: { id: string; title_vi: string; title_en: string | null; label_code: string }[] =
      await this.dataSource.query(
        `SELECT c.id, c.title_vi, c.title_en, s.label_code
           FROM showcase_samples s JOIN showcases c ON c.id = s.showcase_id
          WHERE s.fair_id = $1 AND s.product_id = $2 AND s.entry_status = 'accepted'
            AND s.custody_status <> 'cancelled'
          ORDER BY s.label_code`,
        [fairId, productId],
      );
    return rows;
  }
}
