import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, TransactionRunner } from '@hoicho/platform';
import { FairAccess } from '../common/fair-access.service';
import { inUse } from '../fairs.errors';
import { CreateSupportProgrammeDto, UpdateSupportProgrammeDto } from './dto/support-programme.dto';
import { SupportProgramme } from './support-programme.entity';

/** A fair's support programmes; editable until the fair is closed or cancelled. */
@Injectable()
export class SupportProgrammesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: FairAccess,
  ) {}

  list(fairId: string): Promise<SupportProgramme[]> {
    return this.dataSource
      .getRepository(SupportProgramme)
      .find({ where: { fairId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async get(fairId: string, id: string): Promise<SupportProgramme> {
    const programme = await this.dataSource
      .getRepository(SupportProgramme)
      .findOneBy({ fairId, id });
    if (!programme) throw AppError.notFound('Support programme');
    return programme;
  }

  create(fairId: string, dto: CreateSupportProgrammeDto): Promise<SupportProgramme> {
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForEdit(manager, fairId);
      return manager.getRepository(SupportProgramme).save({
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
    });
  }

  /** The budget cannot drop below what is already granted (the CHECK backs this up). */
  update(fairId: string, id: string, dto: UpdateSupportProgrammeDto): Promise<SupportProgramme> {
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForEdit(manager, fairId);
      const programmes = manager.getRepository(SupportProgramme);
      const programme = await programmes.findOne({
        where: { fairId, id },
        lock: { mode: 'pessimistic_write' },
      });
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
      return programmes.save({ ...programme, ...dto });
    });
  }

  /** A programme that granted money stays, so the grants keep their source. */
  remove(fairId: string, id: string): Promise<void> {
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForEdit(manager, fairId);
      const programme = await manager.getRepository(SupportProgramme).findOneBy({ fairId, id });
      if (!programme) throw AppError.notFound('Support programme');
      if (BigInt(programme.budgetUsed) > 0n) {
        throw inUse('Support programme', `has granted ${programme.budgetUsed} đồng already`);
      }
      await manager.getRepository(SupportProgramme).delete({ fairId, id });
    });
  }
}
