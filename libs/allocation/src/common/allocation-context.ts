import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { FairDto, FairsService, PlanBoothDto, PlanDto } from '@hoicho/fairs';
import { AuthUser } from '@hoicho/platform';
import { fairNotAllocating } from '../allocation.errors';
import { AllocationState } from '../publish/allocation-state.entity';
import { BoothAssignment } from '../publish/booth-assignment.entity';

/** Where allocation work (runs, edits, pins, publication) may happen. */
export const ALLOCATING = ['allocating', 'published'] as const;
/** Booths free up and are offered to the waiting list until the fair is over. */
export const OFFERING = ['allocating', 'published', 'running'] as const;

/** A fair's plan indexed both ways: booth codes (what the engine and people use) and ids. */
export class PlanLookup {
  readonly byCode: Map<string, PlanBoothDto>;
  readonly byId: Map<string, PlanBoothDto>;
  readonly zoneNames: Map<string, { vi: string; en: string }>;
  readonly typeNames: Map<string, { vi: string; en: string }>;

  constructor(readonly plan: PlanDto) {
    this.byCode = new Map(plan.booths.map((b) => [b.code, b]));
    this.byId = new Map(plan.booths.map((b) => [b.id, b]));
    this.zoneNames = new Map(
      plan.zones.map((z) => [z.code, { vi: z.nameVi, en: z.nameEn ?? z.nameVi }]),
    );
    this.typeNames = new Map(
      plan.boothTypes.map((t) => [t.code, { vi: t.nameVi, en: t.nameEn ?? t.nameVi }]),
    );
  }

  codes(ids: readonly string[]): string[] {
    return ids.map((id) => this.byId.get(id)?.code ?? id);
  }

  ids(codes: readonly string[]): string[] {
    return codes.map((code) => {
      const booth = this.byCode.get(code);
      if (!booth) throw new Error(`booth ${code} is not in the plan`);
      return booth.id;
    });
  }
}

export interface PublishedBooths {
  boothIds: string[];
  manual: boolean;
}

/**
 * What every allocation service starts from: the fair (scoped to the caller's body, 404
 * otherwise) in a status that allows the work, its plan, and the fair's allocation state row,
 * which serialises every change to the published assignments.
 */
@Injectable()
export class AllocationContext {
  constructor(
    private readonly dataSource: DataSource,
    private readonly fairs: FairsService,
  ) {}

  /** The fair whatever its status (reading runs and assignments); 404 for another body's. */
  readable(user: AuthUser, fairId: string): Promise<FairDto> {
    return this.fairs.getFairForUser(user, fairId);
  }

  async fairFor(
    user: AuthUser,
    fairId: string,
    allowed: readonly string[] = ALLOCATING,
  ): Promise<FairDto> {
    const fair = await this.fairs.getFairForUser(user, fairId);
    if (!allowed.includes(fair.status)) throw fairNotAllocating(fair.status, allowed);
    return fair;
  }

  async plan(fairId: string): Promise<PlanLookup> {
    return new PlanLookup(await this.fairs.getPlan(fairId));
  }

  /** Locks (creating if need be) the fair's allocation state for this transaction. */
  async lockState(manager: EntityManager, fairId: string): Promise<AllocationState> {
    await manager.query(
      'INSERT INTO allocation_states (fair_id) VALUES ($1) ON CONFLICT (fair_id) DO NOTHING',
      [fairId],
    );
    const [state] = await manager
      .getRepository(AllocationState)
      .find({ where: { fairId }, lock: { mode: 'pessimistic_write' } });
    return state;
  }

  /** The published assignments changed: drafts computed before are out of date. */
  async bump(manager: EntityManager, fairId: string, publishedRunId?: string): Promise<number> {
    // UPDATE … RETURNING answers [rows, count] through TypeORM's query().
    const [[row]] = (await manager.query(
      `UPDATE allocation_states SET version = version + 1, updated_at = now()
         ${publishedRunId ? ', published_run_id = $2' : ''}
        WHERE fair_id = $1 RETURNING version`,
      publishedRunId ? [fairId, publishedRunId] : [fairId],
    )) as [{ version: number }[], number];
    return row.version;
  }

  async version(fairId: string, manager?: EntityManager): Promise<number> {
    const row = await (manager ?? this.dataSource.manager)
      .getRepository(AllocationState)
      .findOneBy({ fairId });
    return row?.version ?? 0;
  }

  /** Published booths by application. */
  async published(fairId: string, manager?: EntityManager): Promise<Map<string, PublishedBooths>> {
    const rows = await (manager ?? this.dataSource.manager)
      .getRepository(BoothAssignment)
      .find({ where: { fairId }, order: { applicationId: 'ASC', boothId: 'ASC' } });
    const byApp = new Map<string, PublishedBooths>();
    for (const row of rows) {
      const entry = byApp.get(row.applicationId) ?? { boothIds: [], manual: false };
      entry.boothIds.push(row.boothId);
      entry.manual ||= row.manual;
      byApp.set(row.applicationId, entry);
    }
    return byApp;
  }
}
