import { Injectable } from '@nestjs/common';
import {
  AllocationApplicant,
  AllocationApplicantsService,
  AllocationPricingService,
} from '@hoicho/applications';
import { AppError, AuthUser, TransactionRunner } from '@hoicho/platform';
import {
  allocationStale,
  boothTaken,
  decisionsUnreleased,
  runNotReady,
} from '../allocation.errors';
import { AllocationContext } from '../common/allocation-context';
import { Draft } from '../draft/draft.types';
import { AllocationRunRepository } from '../runs/allocation-run.repository';
import { isCurrent } from '../runs/run.view';
import { RunsService } from '../runs/runs.service';
import { AllocationMail } from './allocation-mail';
import { AllocationStateRepository } from './allocation-state.repository';
import { BoothAssignmentRepository, DraftBoothRow } from './booth-assignment.repository';
import { PublishResultDto } from './dto/publish-result.dto';

/**
 * Publishing a draft: in one transaction, with the fair's allocation state locked, the draft
 * (if still current) replaces the published assignments (the unique (fair_id, booth_id) key is
 * the last word on double booking), approved applicants left without a booth become
 * waitlisted, each producer placed is priced by its booths' types, and each producer's letter is recorded in the outbox. The fair's status is left
 * to the organiser (see README).
 */
@Injectable()
export class PublishService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly context: AllocationContext,
    private readonly runs: RunsService,
    private readonly runRows: AllocationRunRepository,
    private readonly states: AllocationStateRepository,
    private readonly assignments: BoothAssignmentRepository,
    private readonly applicants: AllocationApplicantsService,
    private readonly pricing: AllocationPricingService,
    private readonly mail: AllocationMail,
  ) {}

  async publish(user: AuthUser, fairId: string, runId: string): Promise<PublishResultDto> {
    const fair = await this.context.fairFor(user, fairId);
    const before = await this.runs.find(user, fairId, runId);
    if (before.status !== 'done' || !before.draft) throw runNotReady(before.status);
    const [plan, people] = await Promise.all([
      this.context.plan(fairId),
      this.applicants.applicants(fairId, requestIds(before.draft)),
    ]);
    const recipients = await this.mail.recipients(people);

    return this.transactions.run(async (tx) => {
      const { manager } = tx;
      const state = await this.states.lock(manager, fairId);
      const run = await this.runRows.lock(manager, fairId, runId);
      if (!run) throw AppError.notFound('Allocation run');
      if (run.status !== 'done' || !run.draft) throw runNotReady(run.status);
      if (!isCurrent(run, state.version)) throw allocationStale();
      const draft = run.draft;
      const ids = requestIds(draft);
      const locked = await this.applicants.lock(manager, fairId, ids);
      const staged = locked.filter((a) => a.pendingDecision === 'approved').map((a) => a.id);
      if (staged.length) throw decisionsUnreleased(staged);
      const live = new Map<string, AllocationApplicant>(
        locked
          .filter((a) => a.status === 'approved' && a.pendingDecision === null)
          .map((a) => [a.id, a]),
      );
      const status = new Map(locked.map((a) => [a.id, a.status as string]));
      const skipped = ids
        .filter((id) => !live.has(id))
        .map((id) => ({ applicationId: id, status: status.get(id) ?? 'unknown' }));

      const previous = await this.assignments.byApplication(fairId, manager);
      const assignments = draft.assignments.filter((a) => live.has(a.request));
      const rows = assignments.flatMap((a): DraftBoothRow[] => {
        const boothIds = plan.ids(a.booths);
        const before = previous.get(a.request);
        // A hand placement stays one while its booths stay the same.
        const manual = a.manual || (!!before?.manual && sameSet(before.boothIds, boothIds));
        return boothIds.map((boothId) => ({ boothId, applicationId: a.request, manual }));
      });
      if (!(await this.assignments.replaceForFair(manager, fairId, runId, user.id, rows))) {
        throw boothTaken([{ field: 'runId', message: 'a booth of this draft is given twice' }], {});
      }
      // Each producer pays for the booths it got: a corner booth at the corner type's price.
      const priced = await this.pricing.reprice(
        manager,
        fair,
        plan.plan,
        assignments.map((a) => ({
          applicationId: a.request,
          boothTypes: a.booths.map((code) => plan.byCode.get(code)!.type),
        })),
        user.id,
      );
      const unassigned = draft.unassigned.map((u) => u.request).filter((id) => live.has(id));
      const waitlisted = await this.applicants.markWaitlisted(
        manager,
        fairId,
        unassigned,
        user.id,
        { source: 'allocation', runId },
      );
      const version = await this.states.bump(manager, fairId, runId);
      await this.runRows.markPublished(manager, runId, version, user.id);

      let letters = 0;
      for (const a of assignments) {
        const applicant = priced.get(a.request) ?? live.get(a.request)!;
        const to = applicant.submittedBy ? recipients.get(applicant.submittedBy) : undefined;
        if (await this.mail.booths(tx, fair, plan, applicant, to, a.booths)) letters++;
      }
      for (const id of waitlisted) {
        const applicant = live.get(id)!;
        const to = applicant.submittedBy ? recipients.get(applicant.submittedBy) : undefined;
        if (await this.mail.waitlisted(tx, fair, applicant, to, runId)) letters++;
      }
      return {
        runId,
        assigned: assignments.length,
        booths: rows.length,
        waitlisted,
        skipped,
        letters,
        version,
      };
    });
  }
}

function requestIds(draft: Pick<Draft, 'assignments' | 'unassigned'>): string[] {
  return [...draft.assignments.map((a) => a.request), ...draft.unassigned.map((u) => u.request)];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
