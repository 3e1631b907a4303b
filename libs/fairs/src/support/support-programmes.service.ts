import { Injectable } from '@nestjs/common';
import { AppError, AuthUser, sentFields, TransactionRunner } from '@hoicho/platform';
import { FairAccess } from '../common/fair-access.service';
import { inUse } from '../fairs.errors';
import {
  CreateSupportProgrammeDto,
  SupportProgrammeDto,
  UpdateSupportProgrammeDto,
} from './dto/support-programme.dto';
import { SupportProgrammeRepository } from './support-programme.repository';
import { toSupportProgrammeDto } from './support-programme.view';

/** A fair's support programmes; editable until the fair is closed or cancelled. */
@Injectable()
export class SupportProgrammesService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: FairAccess,
    private readonly programmes: SupportProgrammeRepository,
  ) {}

  async list(user: AuthUser, fairId: string): Promise<SupportProgrammeDto[]> {
    await this.access.get(user, fairId);
    return (await this.programmes.list(fairId)).map(toSupportProgrammeDto);
  }

  async get(user: AuthUser, fairId: string, id: string): Promise<SupportProgrammeDto> {
    await this.access.get(user, fairId);
    const programme = await this.programmes.find(fairId, id);
    if (!programme) throw AppError.notFound('Support programme');
    return toSupportProgrammeDto(programme);
  }

  async create(
    user: AuthUser,
    fairId: string,
    dto: CreateSupportProgrammeDto,
  ): Promise<SupportProgrammeDto> {
    await this.access.get(user, fairId);
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForEdit(manager, fairId);
      const programme = await this.programmes.insert(manager, {
        fairId,
        nameVi: dto.nameVi,
        nameEn: dto.nameEn ?? null,
        ratePercent: dto.ratePercent,
        maxBoothsPerProducer: dto.maxBoothsPerProducer ?? null,
        capPerBooth: dto.capPerBooth ?? null,
        capPerProducer: dto.capPerProducer ?? null,
        totalBudget: dto.totalBudget,
        budgetUsed: '0',
        requireRecognisedCraftVillage: dto.requireRecognisedCraftVillage ?? false,
        minOcopStars: dto.minOcopStars ?? null,
        allowedLegalForms: dto.allowedLegalForms ?? [],
      });
      return toSupportProgrammeDto(programme);
    });
  }

  /** The budget cannot drop below what is already granted (the CHECK backs this up). */
  async update(
    user: AuthUser,
    fairId: string,
    id: string,
    dto: UpdateSupportProgrammeDto,
  ): Promise<SupportProgrammeDto> {
    await this.access.get(user, fairId);
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForEdit(manager, fairId);
      const programme = await this.programmes.lock(manager, fairId, id);
      if (!programme) throw AppError.notFound('Support programme');
      if (dto.totalBudget !== undefined && BigInt(dto.totalBudget) < BigInt(programme.budgetUsed)) {
        throw new AppError(
          'conflict',
          'budget_below_used',
          `${programme.budgetUsed} đồng of this budget is already granted`,
          [
            {
              field: 'totalBudget',
              message: `must be at least ${programme.budgetUsed} (already granted)`,
            },
          ],
        );
      }
      return toSupportProgrammeDto(
        await this.programmes.save(manager, { ...programme, ...sentFields(dto) }),
      );
    });
  }

  /** A programme that granted money stays, so the grants keep their source. */
  async remove(user: AuthUser, fairId: string, id: string): Promise<void> {
    await this.access.get(user, fairId);
    await this.transactions.run(async ({ manager }) => {
      await this.access.lockForEdit(manager, fairId);
      const programme = await this.programmes.find(fairId, id, manager);
      if (!programme) throw AppError.notFound('Support programme');
      if (BigInt(programme.budgetUsed) > 0n) {
        throw inUse('Support programme', `has granted ${programme.budgetUsed} đồng already`);
      }
      await this.programmes.delete(manager, fairId, id);
    });
  }
}
