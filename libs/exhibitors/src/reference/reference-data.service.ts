import { Injectable } from '@nestjs/common';
import { AppError } from '@hoicho/platform';
import { DataSource } from 'typeorm';
import { brokenConstraint, fieldError } from '../common/field-errors';
import { AdministrativeUnitLookup } from '../domain';
import { Commune } from './commune.entity';
import { CraftCategory } from './craft-category.entity';
import { PutCommuneDto, PutCraftCategoryDto, PutProvinceDto } from './dto/reference.dto';
import { Province } from './province.entity';

/** Provinces, communes and craft categories: listed to everyone, replaced by admins. */
@Injectable()
export class ReferenceDataService {
  constructor(private readonly dataSource: DataSource) {}

  provinces(): Promise<Province[]> {
    return this.dataSource.query('SELECT code, name FROM provinces ORDER BY name COLLATE vi, code');
  }

  async communes(provinceCode: string, q?: string): Promise<Commune[]> {
    if (!(await this.dataSource.getRepository(Province).existsBy({ code: provinceCode })))
      throw AppError.notFound('Province');
    return this.dataSource.query(
      `SELECT code, province_code AS "provinceCode", name, kind FROM communes
        WHERE province_code = $1 AND ($2::text IS NULL OR search_key LIKE '%' || hc_search_key($2) || '%')
        ORDER BY name COLLATE vi, code`,
      [provinceCode, q ?? null],
    );
  }

  craftCategories(): Promise<CraftCategory[]> {
    return this.dataSource.query(
      'SELECT code, name_vi AS "nameVi", name_en AS "nameEn" FROM craft_categories ORDER BY name_vi COLLATE vi, code',
    );
  }

  async putProvince(code: string, dto: PutProvinceDto): Promise<Province> {
    const [row] = await this.dataSource.query(
      `INSERT INTO provinces (code, name) VALUES ($1, $2)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, updated_at = now()
       RETURNING code, name`,
      [code, dto.name],
    );
    return row;
  }

  async putCommune(code: string, dto: PutCommuneDto): Promise<Commune> {
    if (!(await this.dataSource.getRepository(Province).existsBy({ code: dto.provinceCode })))
      throw fieldError(
        'provinceCode',
        `Unknown province code ${dto.provinceCode}`,
        'province_unknown',
      );
    try {
      const [row] = await this.dataSource.query(
        `INSERT INTO communes (code, province_code, name, kind) VALUES ($1, $2, $3, $4)
         ON CONFLICT (code) DO UPDATE SET province_code = EXCLUDED.province_code,
           name = EXCLUDED.name, kind = EXCLUDED.kind, updated_at = now()
         RETURNING code, province_code AS "provinceCode", name, kind`,
        [code, dto.provinceCode, dto.name, dto.kind],
      );
      return row;
    } catch (error) {
      if (brokenConstraint(error)?.endsWith('_commune_fk'))
        throw new AppError(
          'conflict',
          'commune_in_use',
          'Producers or villages use this commune; it cannot move to another province',
          [{ field: 'provinceCode', message: 'cannot change while the commune is in use' }],
        );
      throw error;
    }
  }

  async putCraftCategory(code: string, dto: PutCraftCategoryDto): Promise<CraftCategory> {
    const [row] = await this.dataSource.query(
      `INSERT INTO craft_categories (code, name_vi, name_en) VALUES ($1, $2, $3)
       ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en,
         updated_at = now()
       RETURNING code, name_vi AS "nameVi", name_en AS "nameEn"`,
      [code, dto.nameVi, dto.nameEn ?? null],
    );
    return row;
  }

  craftCategoryExists(code: string): Promise<boolean> {
    return this.dataSource.getRepository(CraftCategory).existsBy({ code });
  }

  /** The reference rows an address needs, in the shape the domain's validator expects. */
  async lookupFor(
    provinceCode: string | null | undefined,
    communeCode: string | null | undefined,
  ): Promise<AdministrativeUnitLookup> {
    const province = provinceCode
      ? await this.dataSource.getRepository(Province).findOneBy({ code: provinceCode })
      : null;
    const commune = communeCode
      ? await this.dataSource.getRepository(Commune).findOneBy({ code: communeCode })
      : null;
    return {
      province: (code) => (province?.code === code ? province : undefined),
      commune: (code) => (commune?.code === code ? commune : undefined),
    };
  }
}
