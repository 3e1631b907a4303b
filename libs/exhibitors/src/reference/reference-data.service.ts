import { Injectable } from '@nestjs/common';
import { AppError, TransactionRunner } from '@hoicho/platform';
import { brokenConstraint, fieldError } from '../common/field-errors';
import { AdministrativeUnitLookup } from '../domain';
import { CatalogueIndexRepository } from '../public-catalogue/catalogue-index.repository';
import { PutCommuneDto, PutCraftCategoryDto, PutProvinceDto } from './dto/reference.dto';
import {
  CommuneRow,
  CraftCategoryRow,
  ProvinceRow,
  ReferenceDataRepository,
} from './reference-data.repository';

/** Provinces, communes and craft categories: listed to everyone, replaced by admins. */
@Injectable()
export class ReferenceDataService {
  constructor(
    private readonly reference: ReferenceDataRepository,
    private readonly transactions: TransactionRunner,
    private readonly catalogueIndex: CatalogueIndexRepository,
  ) {}

  provinces(): Promise<ProvinceRow[]> {
    return this.reference.provinces();
  }

  async communes(provinceCode: string, q?: string): Promise<CommuneRow[]> {
    if (!(await this.reference.provinceExists(provinceCode))) throw AppError.notFound('Province');
    return this.reference.communes(provinceCode, q);
  }

  /** Commune and province names of these communes, keyed by commune code. */
  placeNames(communeCodes: readonly string[]) {
    return this.reference.placeNames(communeCodes);
  }

  craftCategories(): Promise<CraftCategoryRow[]> {
    return this.reference.craftCategories();
  }

  putProvince(code: string, dto: PutProvinceDto): Promise<ProvinceRow> {
    return this.reference.upsertProvince({ code, name: dto.name });
  }

  async putCommune(code: string, dto: PutCommuneDto): Promise<CommuneRow> {
    if (!(await this.reference.provinceExists(dto.provinceCode)))
      throw fieldError(
        'provinceCode',
        `Unknown province code ${dto.provinceCode}`,
        'province_unknown',
      );
    try {
      return await this.reference.upsertCommune({
        code,
        provinceCode: dto.provinceCode,
        name: dto.name,
        kind: dto.kind,
      });
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

  /** A renamed craft changes the words its producers are found by, in the catalogue too. */
  putCraftCategory(code: string, dto: PutCraftCategoryDto): Promise<CraftCategoryRow> {
    return this.transactions.run(async ({ manager }) => {
      const row = await this.reference.upsertCraftCategory(manager, {
        code,
        nameVi: dto.nameVi,
        nameEn: dto.nameEn ?? null,
      });
      await this.catalogueIndex.refreshCraft(manager, code);
      return row;
    });
  }

  craftCategoryExists(code: string): Promise<boolean> {
    return this.reference.craftCategoryExists(code);
  }

  /** The reference rows an address needs, in the shape the domain's validator expects. */
  async lookupFor(
    provinceCode: string | null | undefined,
    communeCode: string | null | undefined,
  ): Promise<AdministrativeUnitLookup> {
    const province = provinceCode ? await this.reference.province(provinceCode) : null;
    const commune = communeCode ? await this.reference.commune(communeCode) : null;
    return {
      province: (code) => (province?.code === code ? province : undefined),
      commune: (code) => (commune?.code === code ? commune : undefined),
    };
  }
}
