import { Injectable } from '@nestjs/common';
import { DataSource, Not } from 'typeorm';
import { AppError, moneyOut, TransactionRunner } from '@hoicho/platform';
import { FairAccess } from '../common/fair-access.service';
import { codeTaken, inUse } from '../fairs.errors';
import { BoothType } from './booth-type.entity';
import { Booth } from './booth.entity';
import { BoothTypeDto, CreateBoothTypeDto, UpdateBoothTypeDto } from './dto/booth-type.dto';

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
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: FairAccess,
  ) {}

  list(fairId: string): Promise<BoothType[]> {
    return this.dataSource
      .getRepository(BoothType)
      .find({ where: { fairId }, order: { createdAt: 'ASC', code: 'ASC' } });
  }

  async get(fairId: string, id: string): Promise<BoothType> {
    const type = await this.dataSource.getRepository(BoothType).findOneBy({ fairId, id });
    if (!type) throw AppError.notFound('Booth type');
    return type;
  }

  create(fairId: string, dto: CreateBoothTypeDto): Promise<BoothType> {
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForPlanEdit(manager, fairId);
      const types = manager.getRepository(BoothType);
      if (await types.existsBy({ fairId, code: dto.code })) throw codeTaken('Booth type', dto.code);
      return types.save({ fairId, ...dto, nameEn: dto.nameEn ?? null });
    });
  }

  update(fairId: string, id: string, dto: UpdateBoothTypeDto): Promise<BoothType> {
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForPlanEdit(manager, fairId);
      const types = manager.getRepository(BoothType);
      const type = await types.findOneBy({ fairId, id });
      if (!type) throw AppError.notFound('Booth type');
      if (dto.code && (await types.existsBy({ fairId, code: dto.code, id: Not(id) }))) {
        throw codeTaken('Booth type', dto.code);
      }
      return types.save({ ...type, ...dto });
    });
  }

  /** A type that booths use stays: change or delete those booths first. */
  remove(fairId: string, id: string): Promise<void> {
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForPlanEdit(manager, fairId);
      const type = await manager.getRepository(BoothType).findOneBy({ fairId, id });
      if (!type) throw AppError.notFound('Booth type');
      const booths = await manager.getRepository(Booth).countBy({ fairId, boothTypeId: id });
      if (booths > 0) throw inUse('Booth type', `"${type.code}" is used by ${booths} booth(s)`);
      await manager.getRepository(BoothType).delete({ fairId, id });
    });
  }
}
