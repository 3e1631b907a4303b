import { Injectable } from '@nestjs/common';
import { AppError, Page, pageOf, sentFields, TransactionRunner } from '@hoicho/platform';
import { brokenConstraint, fieldError, orFail } from '../common/field-errors';
import { validateAddress } from '../domain';
import { CatalogueIndexRepository } from '../public-catalogue/catalogue-index.repository';
import { ReferenceDataService } from '../reference/reference-data.service';
import { CraftVillage } from './craft-village.entity';
import { CraftVillageRepository } from './craft-village.repository';
import {
  CraftVillageQueryDto,
  CreateCraftVillageDto,
  UpdateCraftVillageDto,
} from './dto/craft-village.dto';
import { pageWindow } from '../common/page-window';

/** Craft villages: reference data that admins and organisers keep current. */
@Injectable()
export class CraftVillagesService {
  constructor(
    private readonly villages: CraftVillageRepository,
    private readonly reference: ReferenceDataService,
    private readonly transactions: TransactionRunner,
    private readonly catalogueIndex: CatalogueIndexRepository,
  ) {}

  async list(query: CraftVillageQueryDto): Promise<Page<CraftVillage>> {
    const { rows, total } = await this.villages.page({ ...query, ...pageWindow(query) });
    return pageOf(rows, total, query);
  }

  async get(id: string): Promise<CraftVillage> {
    const village = await this.villages.findById(id);
    if (!village) throw AppError.notFound('Craft village');
    return village;
  }

  async create(dto: CreateCraftVillageDto): Promise<CraftVillage> {
    const village = { ...dto, communeCode: dto.communeCode ?? null, recognised: !!dto.recognised };
    await this.check(village);
    return this.save(village);
  }

  async update(id: string, dto: UpdateCraftVillageDto): Promise<CraftVillage> {
    const village = { ...(await this.get(id)), ...sentFields(dto) };
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

  /** A village's name and craft are words and filters of its producers' catalogue rows. */
  private async save(village: Partial<CraftVillage>): Promise<CraftVillage> {
    try {
      const id = await this.transactions.run(async ({ manager }) => {
        const saved = await this.villages.save(manager, village);
        await this.catalogueIndex.refreshVillage(manager, saved);
        return saved;
      });
      return this.get(id);
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
