import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppError, AuthUser, TransactionRunner } from '@hoicho/platform';
import { FairAccess } from '../common/fair-access.service';
import { Booth } from '../domain';
import { mergeBooths, splitBooth } from './booth-shape';
import { PlanBoothDto } from './dto/booth.dto';
import { assertPlanStorable } from './plan-checks';
import { PlanRepository } from './plan.repository';
import { toPlanBooths } from './plan.view';
import { StoredPlan, toDomainPlan } from './stored-plan';

/**
 * Merge and split, each one request and one transaction: the plan never shows half a merge
 * (one booth gone, the other not yet widened) and is validated as a whole before it is stored.
 */
@Injectable()
export class BoothShapeService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: FairAccess,
    private readonly plans: PlanRepository,
  ) {}

  /** Answers the booths as they are after the change (the keeper, or the two halves). */
  async merge(
    user: AuthUser,
    fairId: string,
    boothId: string,
    otherId: string,
  ): Promise<PlanBoothDto[]> {
    return this.change(user, fairId, async (manager, stored, booths) => {
      const a = this.find(stored, booths, boothId);
      const b = this.find(stored, booths, otherId);
      const merged = mergeBooths(a, b);
      if (!merged) throw cannot('with', 'the booths must share a whole wall, zone and type');
      const rest = booths.filter((x) => x.code !== a.code && x.code !== b.code);
      this.check(stored, rest, [merged.keeper], [merged.gone]);
      await this.plans.deleteBooth(manager, fairId, this.idOf(stored, merged.gone));
      await this.store(manager, fairId, stored, merged.keeper);
      return [merged.keeper.code];
    });
  }

  async split(user: AuthUser, fairId: string, boothId: string): Promise<PlanBoothDto[]> {
    return this.change(user, fairId, async (manager, stored, booths) => {
      const booth = this.find(stored, booths, boothId);
      const type = stored.types.find((t) => t.code === booth.type)!;
      const halves = splitBooth(booth, type, new Set(booths.map((b) => b.code)), booths);
      if (!halves) {
        throw cannot(
          'boothId',
          `the booth must be two ${type.widthM} × ${type.depthM} m booths long`,
        );
      }
      this.check(
        stored,
        booths.filter((b) => b.code !== booth.code),
        halves,
        [],
      );
      await this.store(manager, fairId, stored, { ...halves[0], neighbours: [] });
      const ids = await this.plans.insertBooths(manager, fairId, stored, [halves[1]]);
      await this.plans.replaceNeighbours(
        manager,
        fairId,
        boothId,
        halves[0].neighbours.map((code) => ids.get(code)!),
      );
      return halves.map((h) => h.code);
    });
  }

  private async change(
    user: AuthUser,
    fairId: string,
    step: (manager: EntityManager, stored: StoredPlan, booths: Booth[]) => Promise<string[]>,
  ): Promise<PlanBoothDto[]> {
    await this.access.get(user, fairId);
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForPlanEdit(manager, fairId);
      const stored = await this.plans.load(fairId, manager);
      const codes = await step(manager, stored, toDomainPlan(stored).booths);
      const after = toPlanBooths(await this.plans.load(fairId, manager));
      return codes.map((code) => after.find((b) => b.code === code)!);
    });
  }

  private find(stored: StoredPlan, booths: Booth[], boothId: string): Booth {
    const code = stored.booths.find((b) => b.id === boothId)?.code;
    const booth = booths.find((b) => b.code === code);
    if (!booth) throw AppError.notFound('Booth');
    return booth;
  }

  private idOf(stored: StoredPlan, code: string): string {
    return stored.booths.find((b) => b.code === code)!.id;
  }

  /** Validates the plan as it will be: the others' neighbour lists mirror the changed booths'. */
  private check(stored: StoredPlan, rest: Booth[], changed: Booth[], gone: string[]): void {
    const codes = new Set([...changed.map((b) => b.code), ...gone]);
    const others = rest.map((b) => ({
      ...b,
      neighbours: [
        ...b.neighbours.filter((n) => !codes.has(n)),
        ...changed.filter((c) => c.neighbours.includes(b.code)).map((c) => c.code),
      ],
    }));
    assertPlanStorable({ ...toDomainPlan(stored), booths: [...others, ...changed] });
  }

  /** Writes a booth that keeps its row (and so its id) with its new floor and neighbours. */
  private async store(manager: EntityManager, fairId: string, stored: StoredPlan, booth: Booth) {
    const id = this.idOf(stored, booth.code);
    await this.plans.updateBooth(manager, fairId, id, {
      code: booth.code,
      zoneId: stored.zones.find((z) => z.code === booth.zone)!.id,
      boothTypeId: stored.types.find((t) => t.code === booth.type)!.id,
      x: booth.x,
      y: booth.y,
      width: booth.width,
      height: booth.height,
      corner: booth.corner,
      blocked: booth.blocked,
    });
    await this.plans.replaceNeighbours(
      manager,
      fairId,
      id,
      booth.neighbours.map((code) => this.idOf(stored, code)),
    );
  }
}

function cannot(field: string, message: string): AppError {
  return AppError.validation([{ field, message }]);
}
