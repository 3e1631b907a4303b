import { Injectable } from '@nestjs/common';
import { AppError, AuthUser, moneyOut, sentFields, TransactionRunner } from '@hoicho/platform';
import { FairAccess } from '../common/fair-access.service';
import { codeTaken, inUse } from '../fairs.errors';
import { BoothType } from './booth-type.entity';
import { BoothTypeRepository } from './booth-type.repository';
import { BoothTypeDto, CreateBoothTypeDto, UpdateBoothTypeDto } from './dto/booth-type.dto';
import { PlanRepository } from './plan.repository';

export const toBoothTypeDto = (t: BoothType): BoothTypeDto => ({
  id: t.id,
  code: t.code,
  nameVi: t.nameVi,
  nameEn: t.nameEn,
  widthM: t.widthM,
  depthM: t.depthM,
  price: moneyOut(t.price)!,
});

/** A fair's booth types and prices; changed only while the plan is editable. */
@Injectable()
export class BoothTypesService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: FairAccess,
    private readonly types: BoothTypeRepository,
    private readonly plans: PlanRepository,
  ) {}

  async list(user: AuthUser, fairId: string): Promise<BoothTypeDto[]> {
    await this.access.get(user, fairId);
    return (await this.types.list(fairId)).map(toBoothTypeDto);
  }

  async get(user: AuthUser, fairId: string, id: string): Promise<BoothTypeDto> {
    await this.access.get(user, fairId);
    const type = await this.types.find(fairId, id);
    if (!type) throw AppError.notFound('Booth type');
    return toBoothTypeDto(type);
  }

  async create(user: AuthUser, fairId: string, dto: CreateBoothTypeDto): Promise<BoothTypeDto> {
    await this.access.get(user, fairId);
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForPlanEdit(manager, fairId);
      if (await this.types.codeTaken(manager, fairId, dto.code)) {
        throw codeTaken('Booth type', dto.code);
      }
      return toBoothTypeDto(
        await this.types.insert(manager, { fairId, ...dto, nameEn: dto.nameEn ?? null }),
      );
    });
  }

  async update(
    user: AuthUser,
    fairId: string,
    id: string,
    dto: UpdateBoothTypeDto,
  ): Promise<BoothTypeDto> {
    await this.access.get(user, fairId);
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForPlanEdit(manager, fairId);
      const type = await this.types.find(fairId, id, manager);
      if (!type) throw AppError.notFound('Booth type');
      if (dto.code && (await this.types.codeTaken(manager, fairId, dto.code, id))) {
        throw codeTaken('Booth type', dto.code);
      }
      return toBoothTypeDto(await this.types.save(manager, { ...type, ...sentFields(dto) }));
    });
  }

  /** A type that booths use stays: change or delete those booths first. */
  async remove(user: AuthUser, fairId: string, id: string): Promise<void> {
    await this.access.get(user, fairId);
    await this.transactions.run(async ({ manager }) => {
      await this.access.lockForPlanEdit(manager, fairId);
      const type = await this.types.find(fairId, id, manager);
      if (!type) throw AppError.notFound('Booth type');
      const booths = await this.plans.countOfType(manager, fairId, id);
      if (booths > 0) throw inUse('Booth type', `"${type.code}" is used by ${booths} booth(s)`);
      await this.types.delete(manager, fairId, id);
    });
  }
}
