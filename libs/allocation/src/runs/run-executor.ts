import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AllocationApplicantsService, ApplicationsService } from '@hoicho/applications';
import { FairsService } from '@hoicho/fairs';
import { allocate, InvalidInstanceError } from '../engine';
import { ALLOCATING, AllocationContext, PlanLookup } from '../common/allocation-context';
import { draftFromResult } from '../draft/draft-ops';
import { ApplicantInfo, RunSummary } from '../draft/draft.types';
import { AllocationPinRepository } from '../pins/allocation-pin.repository';
import { AllocationStateRepository } from '../publish/allocation-state.repository';
import { BoothAssignmentRepository } from '../publish/booth-assignment.repository';
import { WaitlistOfferRepository } from '../waitlist/waitlist-offer.repository';
import { AllocationRunRepository } from './allocation-run.repository';
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
    private readonly runs: AllocationRunRepository,
    private readonly states: AllocationStateRepository,
    private readonly assignments: BoothAssignmentRepository,
    private readonly pins: AllocationPinRepository,
    private readonly offers: WaitlistOfferRepository,
  ) {}

  async execute(runId: string, report?: (progress: number) => Promise<void>): Promise<void> {
    const claimed = await this.runs.claim(runId);
    if (!claimed) return;
    const { fairId } = claimed;
    const progress = async (value: number) => {
      await this.runs.setProgress(runId, value);
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
    const snapshot = await this.dataSource.transaction('REPEATABLE READ', async (manager) => ({
      version: await this.states.version(fairId, manager),
      assignments: await this.assignments.list(fairId, manager),
      pins: await this.pins.list(fairId, manager),
      offers: await this.offers.withStatus(fairId, ['pending'], manager),
    }));
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
      reshuffle: claimed.reshuffle,
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
    await this.runs.complete(runId, {
      baseVersion: snapshot.version,
      instance: built.instance,
      applicants,
      result,
      draft,
      summary,
      warnings: built.warnings,
    });
    await report?.(100);
    this.logger.log(
      `run ${runId}: ${summary.assigned}/${summary.requests} assigned on ${summary.booths} booths in ${summary.millis} ms`,
    );
  }

  /** The run stops for good with a reason the organiser can read. */
  fail(runId: string, reason: string): Promise<void> {
    return this.runs.fail(runId, reason);
  }
}

function code(plan: PlanLookup, boothId: string): string {
  return plan.byId.get(boothId)?.code ?? boothId;
}
