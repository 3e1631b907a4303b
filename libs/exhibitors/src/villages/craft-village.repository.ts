import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { listWhere } from '../common/search-words';
import { CraftVillage } from './craft-village.entity';

export interface CraftVillageSearch {
  q?: string;
  provinceCode?: string;
  craftCategory?: string;
  recognised?: boolean;
  limit: number;
  offset: number;
}

const COLUMNS = `id, name, craft_category AS "craftCategory", province_code AS "provinceCode",
  commune_code AS "communeCode", recognised, created_at AS "createdAt", updated_at AS "updatedAt"`;

/** Craft villages: a small reference table with a trigram search key of the name. */
@Injectable()
export class CraftVillageRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One page in Vietnamese name order with the number found (counted apart only past the end). */
  async page(search: CraftVillageSearch): Promise<{ rows: CraftVillage[]; total: number }> {
    const params: unknown[] = [];
    const where = this.where(search, params);
    params.push(search.limit, search.offset);
    const rows: (CraftVillage & { total: number })[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, count(*) OVER ()::int AS total FROM craft_villages ${where}
        ORDER BY name COLLATE vi, id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    const villages = rows.map(({ total: _total, ...village }) => village);
    return { rows: villages, total: rows[0]?.total ?? (await this.count(search)) };
  }

  findById(id: string): Promise<CraftVillage | null> {
    return this.dataSource.getRepository(CraftVillage).findOneBy({ id });
  }

  byIds(ids: readonly string[]): Promise<CraftVillage[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(CraftVillage).findBy({ id: In([...ids]) });
  }

  /**
   * Inserts or updates; its id. A renamed village re-keys its producers (trigger), in the
   * caller's transaction. A name taken in the province for the craft breaks
   * `craft_villages_name_key`.
   */
  async save(manager: EntityManager, village: Partial<CraftVillage>): Promise<string> {
    const saved = await manager.getRepository(CraftVillage).save(village);
    return saved.id;
  }

  private async count(search: CraftVillageSearch): Promise<number> {
    const params: unknown[] = [];
    const where = this.where(search, params);
    const [{ n }]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM craft_villages ${where}`,
      params,
    );
    return n;
  }

  private where(search: CraftVillageSearch, params: unknown[]): string {
    const filters = [
      ['province_code', search.provinceCode],
      ['craft_category', search.craftCategory],
      ['recognised', search.recognised],
    ] as const;
    return listWhere(search.q, filters, params);
  }
}
