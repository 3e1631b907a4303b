import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, TransactionRunner } from '@hoicho/platform';
import { FairAccess } from '../common/fair-access.service';
import { applyBoothEdit } from './booth-edit';
import { BoothNeighbour } from './booth-neighbour.entity';
import { Booth } from './booth.entity';
import { PlanBoothDto, UpdateBoothDto } from './dto/booth.dto';
import { assertPlanStorable } from './plan-checks';
import { PlanStore, StoredPlan } from './plan-store.service';
import { toPlanBooths } from './plan.view';

/** One booth at a time: read, edit (the plan is re-validated as a whole), delete. */
@Injectable()
export class BoothsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: FairAccess,
    private readonly store: PlanStore,
  ) {}

  async get(fairId: string, boothId: string): Promise<PlanBoothDto> {
    const stored = await this.store.load(this.dataSource.manager, fairId);
    return this.find(stored, boothId);
  }

  update(fairId: string, boothId: string, dto: UpdateBoothDto): Promise<PlanBoothDto> {
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForPlanEdit(manager, fairId);
      const stored = await this.store.load(manager, fairId);
      const before = this.find(stored, boothId);
      const plan = this.store.toDomain(stored);
      const booth = plan.booths.find((b) => b.code === before.code)!;
      applyBoothEdit(plan.booths, booth, dto);
      assertPlanStorable(plan);

      await manager.getRepository(Booth).update(
        { fairId, id: boothId },
        {
          code: booth.code,
          zoneId: stored.zones.find((z) => z.code === booth.zone)!.id,
          boothTypeId: stored.types.find((t) => t.code === booth.type)!.id,
          x: booth.x,
          y: booth.y,
          width: booth.width,
          height: booth.height,
          corner: booth.corner,
          blocked: booth.blocked,
        },
      );
      if (dto.neighbours) {
        const ids = new Map(stored.booths.map((b) => [b.code, b.id]));
        await manager.getRepository(BoothNeighbour).delete({ fairId, boothA: boothId });
        await manager.getRepository(BoothNeighbour).delete({ fairId, boothB: boothId });
        await this.store.insertPairs(
          manager,
          fairId,
          booth.neighbours.map((code) => [boothId, ids.get(code)!] as const),
        );
      }
      return this.find(await this.store.load(manager, fairId), boothId);
    });
  }

  remove(fairId: string, boothId: string): Promise<void> {
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForPlanEdit(manager, fairId);
      const result = await manager.getRepository(Booth).delete({ fairId, id: boothId });
      if (!result.affected) throw AppError.notFound('Booth');
    });
  }

  /** Empties the plan, keeping zones and booth types; returns how many booths went. */
  clear(fairId: string): Promise<number> {
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForPlanEdit(manager, fairId);
      return this.store.deleteBooths(manager, fairId);
    });
  }

  private find(stored: StoredPlan, boothId: string): PlanBoothDto {
    const booth = toPlanBooths(stored).find((b) => b.id === boothId);
    if (!booth) throw AppError.notFound('Booth');
    return booth;
  }
}
