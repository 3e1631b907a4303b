import { Injectable } from '@nestjs/common';
import { AppError, AuthUser, sentFields, TransactionRunner } from '@hoicho/platform';
import { FairAccess } from '../common/fair-access.service';
import { codeTaken, inUse } from '../fairs.errors';
import { CreateZoneDto, UpdateZoneDto, ZoneDto } from './dto/zone.dto';
import { PlanRepository } from './plan.repository';
import { Zone } from './zone.entity';
import { ZoneRepository } from './zone.repository';

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
    private readonly transactions: TransactionRunner,
    private readonly access: FairAccess,
    private readonly zones: ZoneRepository,
    private readonly plans: PlanRepository,
  ) {}

  async list(user: AuthUser, fairId: string): Promise<ZoneDto[]> {
    await this.access.get(user, fairId);
    return (await this.zones.list(fairId)).map(toZoneDto);
  }

  async get(user: AuthUser, fairId: string, id: string): Promise<ZoneDto> {
    await this.access.get(user, fairId);
    const zone = await this.zones.find(fairId, id);
    if (!zone) throw AppError.notFound('Zone');
    return toZoneDto(zone);
  }

  async create(user: AuthUser, fairId: string, dto: CreateZoneDto): Promise<ZoneDto> {
    await this.access.get(user, fairId);
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForPlanEdit(manager, fairId);
      if (await this.zones.codeTaken(manager, fairId, dto.code)) throw codeTaken('Zone', dto.code);
      const zone = await this.zones.insert(manager, {
        fairId,
        code: dto.code,
        nameVi: dto.nameVi,
        nameEn: dto.nameEn ?? null,
        hall: dto.hall ?? null,
        colour: dto.colour ?? null,
      });
      return toZoneDto(zone);
    });
  }

  async update(user: AuthUser, fairId: string, id: string, dto: UpdateZoneDto): Promise<ZoneDto> {
    await this.access.get(user, fairId);
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForPlanEdit(manager, fairId);
      const zone = await this.zones.find(fairId, id, manager);
      if (!zone) throw AppError.notFound('Zone');
      if (dto.code && (await this.zones.codeTaken(manager, fairId, dto.code, id))) {
        throw codeTaken('Zone', dto.code);
      }
      return toZoneDto(await this.zones.save(manager, { ...zone, ...sentFields(dto) }));
    });
  }

  /** A zone with booths stays: move or delete its booths first. */
  async remove(user: AuthUser, fairId: string, id: string): Promise<void> {
    await this.access.get(user, fairId);
    await this.transactions.run(async ({ manager }) => {
      await this.access.lockForPlanEdit(manager, fairId);
      const zone = await this.zones.find(fairId, id, manager);
      if (!zone) throw AppError.notFound('Zone');
      const booths = await this.plans.countInZone(manager, fairId, id);
      if (booths > 0) throw inUse('Zone', `"${zone.code}" still has ${booths} booth(s)`);
      await this.zones.delete(manager, fairId, id);
    });
  }
}
