import { Injectable } from '@nestjs/common';
import { AppError, Page, pageOf } from '@hoicho/platform';
import { DataSource } from 'typeorm';
import { brokenConstraint, fieldError, orFail } from '../common/field-errors';
import { searchConditions } from '../common/search-words';
import { validateAddress } from '../domain';
import { ReferenceDataService } from '../reference/reference-data.service';
import { CraftVillage } from './craft-village.entity';
import {
  CraftVillageQueryDto,
  CreateCraftVillageDto,
  UpdateCraftVillageDto,
} from './dto/craft-village.dto';

const COLUMNS = `id, name, craft_category AS "craftCategory", province_code AS "provinceCode",
  commune_code AS "communeCode", recognised, created_at AS "createdAt", updated_at AS "updatedAt"`;

/** Craft villages: reference data that admins and organisers keep current. */
@Injectable()
export class CraftVillagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceDataService,
  ) {}

  async list(query: CraftVillageQueryDto): Promise<Page<CraftVillage>> {
    const params: unknown[] = [];
    const where = this.where(query, params);
    params.push(query.pageSize, (query.page - 1) * query.pageSize);
    const rows: (CraftVillage & { total: number })[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, count(*) OVER ()::int AS total FROM craft_villages ${where}
        ORDER BY name COLLATE vi, id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return pageOf(
      rows.map(({ total: _total, ...village }) => village),
      rows[0]?.total ?? (await this.count(query)),
      query,
    );
  }

  /** A page past the end has no row to carry the total; only then is it counted apart. */
  private async count(query: CraftVillageQueryDto): Promise<number> {
    const params: unknown[] = [];
    const where = this.where(query, params);
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM craft_villages ${where}`,
      params,
    );
    return n;
  }

  private where(query: CraftVillageQueryDto, params: unknown[]): string {
    const conditions = searchConditions('search_key', query.q, params);
    const filters = [
      ['province_code', query.provinceCode],
      ['craft_category', query.craftCategory],
      ['recognised', query.recognised],
    ] as const;
    for (const [column, value] of filters) {
      if (value === undefined) continue;
      params.push(value);
      conditions.push(`${column} = $${params.length}`);
    }
    return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  }

  async get(id: string): Promise<CraftVillage> {
    const village = await this.dataSource.getRepository(CraftVillage).findOneBy({ id });
    if (!village) throw AppError.notFound('Craft village');
    return village;
  }

  async create(dto: CreateCraftVillageDto): Promise<CraftVillage> {
    const village = { ...dto, communeCode: dto.communeCode ?? null, recognised: !!dto.recognised };
    await this.check(village);
    return this.save(village);
  }

  async update(id: string, dto: UpdateCraftVillageDto): Promise<CraftVillage> {
    const village = { ...(await this.get(id)), ...dto };
    // Moving a village to another province drops a commune that was not sent along.
    if (dto.provinceCode && dto.communeCode === undefined) village.communeCode = null;
    await this.check(village);
    return this.save(village);
  }

  private async check(village: Omit<CraftVillage, 'id' | 'createdAt' | 'updatedAt'>) {
    if (!(await this.reference.craftCategoryExists(village.craftCategory)))
      throw fieldError('craftCategory', `Unknown craft category ${village.craftCategory}`);
    const lookup = await this.reference.lookupFor(village.provinceCode, village.communeCode);
    if (village.communeCode) {
      orFail(validateAddress(village, lookup));
    } else if (!lookup.province(village.provinceCode)) {
      throw fieldError('provinceCode', `Unknown province code ${village.provinceCode}`);
    }
  }

  private async save(village: Partial<CraftVillage>): Promise<CraftVillage> {
    try {
      const saved = await this.dataSource.getRepository(CraftVillage).save(village);
      return this.get(saved.id);
    } catch (error) {
      if (brokenConstraint(error) === 'craft_villages_name_key')
        throw new AppError(
          'conflict',
          'village_exists',
          'A village of this name and craft exists in the province',
          [{ field: 'name', message: 'is taken in this province for this craft' }],
        );
      throw error;
    }
  }
}
