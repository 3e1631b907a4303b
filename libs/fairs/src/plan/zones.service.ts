import { Injectable } from '@nestjs/common';
import { DataSource, Not } from 'typeorm';
import { AppError, TransactionRunner } from '@hoicho/platform';
import { FairAccess } from '../common/fair-access.service';
import { codeTaken, inUse } from '../fairs.errors';
import { Booth } from './booth.entity';
import { CreateZoneDto, UpdateZoneDto, ZoneDto } from './dto/zone.dto';
import { Zone } from './zone.entity';

export const toZoneDto = ({ id, code, nameVi, nameEn, hall, colour }: Zone): ZoneDto => ({
  id,
  code,
  nameVi,
  nameEn,
  hall,
  colour,
});

/** A fair's zones; changed only while the plan is editable. */
@Injectable()
export class ZonesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: FairAccess,
  ) {}

  list(fairId: string): Promise<Zone[]> {
    return this.dataSource
      .getRepository(Zone)
      .find({ where: { fairId }, order: { createdAt: 'ASC', code: 'ASC' } });
  }

  async get(fairId: string, id: string): Promise<Zone> {
    const zone = await this.dataSource.getRepository(Zone).findOneBy({ fairId, id });
    if (!zone) throw AppError.notFound('Zone');
    return zone;
  }

  create(fairId: string, dto: CreateZoneDto): Promise<Zone> {
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForPlanEdit(manager, fairId);
      const zones = manager.getRepository(Zone);
      if (await zones.existsBy({ fairId, code: dto.code })) throw codeTaken('Zone', dto.code);
      return zones.save({
        fairId,
        code: dto.code,
        nameVi: dto.nameVi,
        nameEn: dto.nameEn ?? null,
        hall: dto.hall ?? null,
        colour: dto.colour ?? null,
      });
    });
  }

  update(fairId: string, id: string, dto: UpdateZoneDto): Promise<Zone> {
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForPlanEdit(manager, fairId);
      const zones = manager.getRepository(Zone);
      const zone = await zones.findOneBy({ fairId, id });
      if (!zone) throw AppError.notFound('Zone');
      if (dto.code && (await zones.existsBy({ fairId, code: dto.code, id: Not(id) }))) {
        throw codeTaken('Zone', dto.code);
      }
      return zones.save({ ...zone, ...dto });
    });
  }

  /** A zone with booths stays: move or delete its booths first. */
  remove(fairId: string, id: string): Promise<void> {
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForPlanEdit(manager, fairId);
      const zone = await manager.getRepository(Zone).findOneBy({ fairId, id });
      if (!zone) throw AppError.notFound('Zone');
      const booths = await manager.getRepository(Booth).countBy({ fairId, zoneId: id });
      if (booths > 0) throw inUse('Zone', `"${zone.code}" still has ${booths} booth(s)`);
      await manager.getRepository(Zone).delete({ fairId, id });
    });
  }
}
