import { Injectable } from '@nestjs/common';
import { AppError, AuthUser, FieldIssue, Language, TransactionRunner } from '@hoicho/platform';
import { placementText } from '../common/reason-texts';
import { validateInstance } from '../engine';
import { boothTaken, placementInvalid, runNotReady } from '../allocation.errors';
import { AllocationContext, PlanLookup } from '../common/allocation-context';
import { AllocationStateRepository } from '../publish/allocation-state.repository';
import { AllocationRun } from '../runs/allocation-run.entity';
import { AllocationRunRepository } from '../runs/allocation-run.repository';
import { RunsService } from '../runs/runs.service';
import { applyChanges, DraftChange, holdersOf } from './draft-ops';
import { toDraftDto } from './draft-view';
import { DraftDto, MoveDto, SwapDto } from './dto/draft.dto';
import { RunInstanceDto } from './dto/run-instance.dto';
import { checkPlacement, InstanceIndex, PlacementIssue } from './placement-rules';

/**
 * Reading a run's draft and editing it by hand: move a producer to other booths (or out of
 * the draft), swap two producers. Each edit locks the run row, is checked against the
 * contract's rules, and leaves explanations and score worked out again.
 */
@Injectable()
export class DraftService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly context: AllocationContext,
    private readonly runs: RunsService,
    private readonly runRows: AllocationRunRepository,
    private readonly states: AllocationStateRepository,
  ) {}

  async view(
    user: AuthUser,
    fairId: string,
    runId: string,
    language: Language = 'vi',
  ): Promise<DraftDto> {
    const run = await this.runs.find(user, fairId, runId);
    if (run.status !== 'done') throw runNotReady(run.status);
    return this.dto(run, language);
  }

  /** The instance the run allocated, normalised: what its placement rules and score read. */
  async instance(user: AuthUser, fairId: string, runId: string): Promise<RunInstanceDto> {
    const run = await this.runs.find(user, fairId, runId);
    if (run.status !== 'done' || !run.instance) throw runNotReady(run.status);
    return validateInstance(run.instance);
  }

  private async dto(run: AllocationRun, language: Language): Promise<DraftDto> {
    const [plan, version] = await Promise.all([
      this.context.plan(run.fairId),
      this.states.version(run.fairId),
    ]);
    return toDraftDto(run, version, plan.placeNames(language), language);
  }

  move(
    user: AuthUser,
    fairId: string,
    runId: string,
    dto: MoveDto,
    language: Language = 'vi',
  ): Promise<DraftDto> {
    return this.edit(user, fairId, runId, language, (index, holders, draftHas, _of, raise) => {
      if (!index.requests.has(dto.applicationId)) {
        throw AppError.validation([
          { field: 'applicationId', message: 'is not an application of this run' },
        ]);
      }
      if (dto.booths.length === 0) {
        if (!draftHas(dto.applicationId)) {
          throw AppError.validation([
            { field: 'booths', message: 'the application has no booths to take away' },
          ]);
        }
        return [{ request: dto.applicationId, booths: null, override: false }];
      }
      raise(
        checkPlacement(index, dto.applicationId, dto.booths, holders, dto.override ?? false),
        new Set(['unknown', 'duplicate', 'size']),
      );
      return [{ request: dto.applicationId, booths: dto.booths, override: dto.override ?? false }];
    });
  }

  swap(
    user: AuthUser,
    fairId: string,
    runId: string,
    dto: SwapDto,
    language: Language = 'vi',
  ): Promise<DraftDto> {
    return this.edit(user, fairId, runId, language, (index, holders, _has, boothsOf, raise) => {
      const [a, b] = dto.applicationIds;
      if (a === b) {
        throw AppError.validation([
          { field: 'applicationIds.1', message: 'must differ from the first' },
        ]);
      }
      const missing: FieldIssue[] = [];
      dto.applicationIds.forEach((id, i) => {
        if (!index.requests.has(id)) {
          missing.push({
            field: `applicationIds.${i}`,
            message: 'is not an application of this run',
          });
        } else if (!boothsOf(id)) {
          missing.push({
            field: `applicationIds.${i}`,
            message: 'has no booths in the draft to swap',
          });
        }
      });
      if (missing.length) throw AppError.validation(missing);
      const boothsA = boothsOf(a)!;
      const boothsB = boothsOf(b)!;
      // Each takes the other's booths: neither counts as the other's holder.
      const others = new Map([...holders].filter(([, holder]) => holder !== a && holder !== b));
      const override = dto.override ?? false;
      raise(
        [
          ...checkPlacement(index, a, boothsB, others, override, 'applicationIds.0'),
          ...checkPlacement(index, b, boothsA, others, override, 'applicationIds.1'),
        ],
        new Set(['unknown', 'duplicate']),
      );
      return [
        { request: a, booths: boothsB, override },
        { request: b, booths: boothsA, override },
      ];
    });
  }

  private async edit(
    user: AuthUser,
    fairId: string,
    runId: string,
    language: Language,
    plan: (
      index: InstanceIndex,
      holders: Map<string, string>,
      has: (request: string) => boolean,
      boothsOf: (request: string) => string[] | undefined,
      raise: (issues: PlacementIssue[], badInput: ReadonlySet<string>) => void,
    ) => DraftChange[],
  ): Promise<DraftDto> {
    await this.context.fairFor(user, fairId);
    const lookup = await this.context.plan(fairId);
    const run = await this.transactions.run(async ({ manager }) => {
      const locked = await this.runRows.lock(manager, fairId, runId);
      if (!locked) throw AppError.notFound('Allocation run');
      if (locked.status !== 'done' || !locked.draft || !locked.instance) {
        throw runNotReady(locked.status);
      }
      const instance = validateInstance(locked.instance);
      const index = new InstanceIndex(instance);
      const holders = holdersOf(locked.draft);
      const placed = new Map(locked.draft.assignments.map((a) => [a.request, a.booths]));
      const changes = plan(
        index,
        holders,
        (r) => placed.has(r),
        (r) => placed.get(r),
        (issues, badInput) => raise(issues, badInput, lookup),
      );
      const draft = applyChanges(instance, locked.draft, changes);
      await this.runRows.saveDraft(manager, runId, draft);
      return { ...locked, draft };
    });
    return this.dto(run, language);
  }
}

/**
 * Input faults (`badInput` rules) are 400s naming the field; a booth someone else holds is
 * 409 booth_taken; broken placement rules are 422 placement_invalid.
 */
function raise(issues: PlacementIssue[], badInput: ReadonlySet<string>, plan: PlanLookup): void {
  if (issues.length === 0) return;
  const names = { vi: plan.placeNames('vi'), en: plan.placeNames('en') };
  const worded = (issue: PlacementIssue): FieldIssue => ({
    field: issue.field,
    message: issue.message,
    code: issue.code,
    params: Object.fromEntries(
      Object.entries(issue.params).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]),
    ),
    // Zones and booth types by name in each language; the params keep the codes.
    texts: {
      vi: placementText(issue.code, issue.params, 'vi', names.vi),
      en: placementText(issue.code, issue.params, 'en', names.en),
    },
  });
  const bad = issues.filter((i) => badInput.has(i.rule));
  if (bad.length) throw AppError.validation(bad.map(worded));
  const taken = issues.filter((i) => i.rule === 'taken');
  if (taken.length) {
    throw boothTaken(
      taken.map(worded),
      Object.fromEntries(taken.map((i) => [i.booth!, i.holder!])),
    );
  }
  throw placementInvalid(issues.map(worded), [...new Set(issues.map((i) => i.rule))]);
}
