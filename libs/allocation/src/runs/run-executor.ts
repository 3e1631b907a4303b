import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AllocationApplicantsService, ApplicationsService } from '@hoicho/applications';
import { FairsService } from '@hoicho/fairs';
import { allocate, InvalidInstanceError } from '../engine';
import { ALLOCATING, AllocationContext, PlanLookup } from '../common/allocation-context';
import { draftFromResult } from '../draft/draft-ops';
import { ApplicantInfo, RunSummary } from '../draft/draft.types';
import { AllocationPin } from '../pins/allocation-pin.entity';
import { AllocationState } from '../publish/allocation-state.entity';
import { BoothAssignment } from '../publish/booth-assignment.entity';
import { WaitlistOffer } from '../waitlist/waitlist-offer.entity';
import { buildInstance } from './instance-builder';

/**
 * The worker's side of a run: claims it, reads the fair as it is (approved applications, the
 * plan, pins, published assignments and the version they carry, booths held by offers), runs
 * the engine and stores the result as the run's draft. Progress is written to the run row as
 * it goes. An instance the engine refuses fails the run with the engine's one-line reason;
 * any other error is thrown so the queue retries.
 */
@Injectable()
export class RunExecutor {
  private readonly logger = new Logger(RunExecutor.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly fairs: FairsService,
    private readonly applications: ApplicationsService,
    private readonly applicants: AllocationApplicantsService,
    private readonly context: AllocationContext,
  ) {}

  async execute(runId: string, report?: (progress: number) => Promise<void>): Promise<void> {
    const [claimed] = (await this.dataSource.query(
      `UPDATE allocation_runs
          SET status = 'running', attempts = attempts + 1, progress = 5,
              started_at = coalesce(started_at, now()), updated_at = now()
        WHERE id = $1 AND status IN ('queued', 'running')
        RETURNING fair_id, reshuffle`,
      [runId],
    )) as [{ fair_id: string; reshuffle: boolean }[], number];
    const row = claimed[0];
    if (!row) return;
    const fairId = row.fair_id;
    const progress = async (value: number) => {
      await this.dataSource.query(
        `UPDATE allocation_runs SET progress = $2, updated_at = now() WHERE id = $1 AND status = 'running'`,
        [runId, value],
      );
      await report?.(value);
    };

    const fair = await this.fairs.getFair(fairId);
    if (!(ALLOCATING as readonly string[]).includes(fair.status)) {
      await this.fail(
        runId,
        `The fair is ${fair.status}; allocation needs it allocating or published`,
      );
      return;
    }
    const [plan, requests] = await Promise.all([
      this.context.plan(fairId),
      this.applications.approvedRequests(fairId),
    ]);
    // One snapshot for the version and what it versions, so the draft knows its base exactly.
    const snapshot = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const state = await manager.getRepository(AllocationState).findOneBy({ fairId });
      const assignments = await manager.getRepository(BoothAssignment).findBy({ fairId });
      const pins = await manager.getRepository(AllocationPin).findBy({ fairId });
      const offers = await manager
        .getRepository(WaitlistOffer)
        .findBy({ fairId, status: 'pending' });
      return { version: state?.version ?? 0, assignments, pins, offers };
    });
    await progress(30);

    const pins = new Map<string, string[]>();
    for (const pin of snapshot.pins) {
      pins.set(pin.applicationId, [
        ...(pins.get(pin.applicationId) ?? []),
        code(plan, pin.boothId),
      ]);
    }
    const published = new Map<string, { booths: string[]; manual: boolean }>();
    for (const a of snapshot.assignments) {
      const entry = published.get(a.applicationId) ?? { booths: [], manual: false };
      entry.booths.push(code(plan, a.boothId));
      entry.manual ||= a.manual;
      published.set(a.applicationId, entry);
    }
    const unavailable = new Set(snapshot.offers.flatMap((o) => o.boothCodes));
    const built = buildInstance({
      booths: plan.plan.booths,
      requests,
      pins,
      published,
      reshuffle: row.reshuffle,
      unavailable,
    });
    const people = await this.applicants.applicants(
      fairId,
      requests.map((r) => r.id),
    );
    const applicants: Record<string, ApplicantInfo> = {};
    for (const a of people) {
      applicants[a.id] = {
        producerId: a.producerId,
        producerName: a.producerName,
        craftVillage: a.craftVillage,
        reference: a.reference,
      };
    }
    await progress(40);

    let result;
    try {
      result = allocate(built.instance);
    } catch (error) {
      if (error instanceof InvalidInstanceError) {
        await this.fail(runId, `The fair cannot be allocated: ${error.message}`);
        return;
      }
      throw error;
    }
    await progress(90);
    const draft = draftFromResult(result);
    const summary: RunSummary = {
      requests: result.stats.requests,
      booths: result.stats.booths,
      assigned: result.assignments.length,
      unassigned: result.unassigned.length,
      pinned: built.pinned,
      score: result.score,
      millis: result.stats.millis,
    };
    await this.dataSource.query(
      `UPDATE allocation_runs
          SET status = 'done', progress = 100, base_version = $2, instance = $3, applicants = $4,
              result = $5, draft = $6, summary = $7, warnings = $8, finished_at = now(), updated_at = now()
        WHERE id = $1 AND status = 'running'`,
      [
        runId,
        snapshot.version,
        JSON.stringify(built.instance),
        JSON.stringify(applicants),
        JSON.stringify(result),
        JSON.stringify(draft),
        JSON.stringify(summary),
        JSON.stringify(built.warnings),
      ],
    );
    await report?.(100);
    this.logger.log(
      `run ${runId}: ${summary.assigned}/${summary.requests} assigned on ${summary.booths} booths in ${summary.millis} ms`,
    );
  }

  /** The run stops for good with a reason the organiser can read. */
  async fail(runId: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE allocation_runs SET status = 'failed', failure = $2, finished_at = now(), updated_at = now()
        WHERE id = $1 AND status IN ('queued', 'running')`,
      [runId, reason.slice(0, 2000)],
    );
  }
}

function code(plan: PlanLookup, boothId: string): string {
  return plan.byId.get(boothId)?.code ?? boothId;
}
