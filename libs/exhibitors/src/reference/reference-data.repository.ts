import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Commune, CommuneKind } from './commune.entity';
import { CraftCategory } from './craft-category.entity';
import { Province } from './province.entity';

export interface ProvinceRow {
  code: string;
  name: string;
}

export interface CommuneRow {
  code: string;
  provinceCode: string;
  name: string;
  kind: CommuneKind;
}

export interface CraftCategoryRow {
  code: string;
  nameVi: string;
  nameEn: string | null;
}

/** Provinces, communes and craft categories: small tables, in Vietnamese order. */
@Injectable()
export class ReferenceDataRepository {
  constructor(private readonly dataSource: DataSource) {}

  provinces(): Promise<ProvinceRow[]> {
    return this.dataSource.query('SELECT code, name FROM provinces ORDER BY name COLLATE vi, code');
  }

  province(code: string): Promise<Province | null> {
    return this.dataSource.getRepository(Province).findOneBy({ code });
  }

  provinceExists(code: string): Promise<boolean> {
    return this.dataSource.getRepository(Province).existsBy({ code });
  }

  /** The province's communes whose name holds `q` (diacritics ignored), or all of them. */
  communes(provinceCode: string, q?: string): Promise<CommuneRow[]> {
    return this.dataSource.query(
      `SELECT code, province_code AS "provinceCode", name, kind FROM communes
        WHERE province_code = $1 AND ($2::text IS NULL OR search_key LIKE '%' || hc_search_key($2) || '%')
        ORDER BY name COLLATE vi, code`,
      [provinceCode, q ?? null],
    );
  }

  /** Commune and province names of these communes (for reports), keyed by commune code. */
  async placeNames(
    communeCodes: readonly string[],
  ): Promise<Map<string, { commune: string; province: string }>> {
    if (communeCodes.length === 0) return new Map();
    const rows: { code: string; commune: string; province: string }[] = await this.dataSource.query(
      `SELECT c.code, c.name AS commune, p.name AS province
         FROM communes c JOIN provinces p ON p.code = c.province_code
        WHERE c.code = ANY($1::text[])`,
      [[...new Set(communeCodes)]],
    );
    return new Map(rows.map((r) => [r.code, { commune: r.commune, province: r.province }]));
  }

  commune(code: string): Promise<Commune | null> {
    return this.dataSource.getRepository(Commune).findOneBy({ code });
  }

  craftCategories(): Promise<CraftCategoryRow[]> {
    return this.dataSource.query(
      'SELECT code, name_vi AS "nameVi", name_en AS "nameEn" FROM craft_categories ORDER BY name_vi COLLATE vi, code',
    );
  }

  craftCategoryExists(code: string): Promise<boolean> {
    return this.dataSource.getRepository(CraftCategory).existsBy({ code });
  }

  async upsertProvince(row: ProvinceRow): Promise<ProvinceRow> {
    const [saved]: ProvinceRow[] = await this.dataSource.query(
      `INSERT INTO provinces (code, name) VALUES ($1, $2)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, updated_at = now()
       RETURNING code, name`,
      [row.code, row.name],
    );
    return saved;
  }

  /** Moving a commune in use to another province breaks a `*_commune_fk`. */
  async upsertCommune(row: CommuneRow): Promise<CommuneRow> {
    const [saved]: CommuneRow[] = await this.dataSource.query(
      `INSERT INTO communes (code, province_code, name, kind) VALUES ($1, $2, $3, $4)
       ON CONFLICT (code) DO UPDATE SET province_code = EXCLUDED.province_code,
         name = EXCLUDED.name, kind = EXCLUDED.kind, updated_at = now()
       RETURNING code, province_code AS "provinceCode", name, kind`,
      [row.code, row.provinceCode, row.name, row.kind],
    );
    return saved;
  }

  /** In the caller's transaction: a rename re-keys the producers of that craft (trigger). */
  async upsertCraftCategory(
    manager: EntityManager,
    row: CraftCategoryRow,
  ): Promise<CraftCategoryRow> {
    const [saved]: CraftCategoryRow[] = await manager.query(
      `INSERT INTO craft_categories (code, name_vi, name_en) VALUES ($1, $2, $3)
       ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en,
         updated_at = now()
       RETURNING code, name_vi AS "nameVi", name_en AS "nameEn"`,
      [row.code, row.nameVi, row.nameEn],
    );
    return saved;
  }
}
