import { Injectable } from '@nestjs/common';
import { AllocationApplicantsService } from '@hoicho/applications';
import { AppError, AuthUser, FieldIssue, TransactionRunner } from '@hoicho/platform';
import { boothTaken } from '../allocation.errors';
import { AllocationContext } from '../common/allocation-context';
import { AllocationStateRepository } from '../publish/allocation-state.repository';
import { BoothAssignmentRepository } from '../publish/booth-assignment.repository';
import { AllocationPinRepository } from './allocation-pin.repository';
import { PinDto, PinViewDto } from './dto/pin.dto';

/**
 * Booths organisers assign by hand: every later run takes them as `pinned` (the engine must
 * use exactly them; the contract does not check types, zone or connection for them). The
 * database keeps a booth pinned to one application at most.
 */
@Injectable()
export class PinsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly context: AllocationContext,
    private readonly pins: AllocationPinRepository,
    private readonly states: AllocationStateRepository,
    private readonly assignments: BoothAssignmentRepository,
    private readonly applicants: AllocationApplicantsService,
  ) {}

  async list(user: AuthUser, fairId: string): Promise<PinViewDto[]> {
    await this.context.readable(user, fairId);
    const [pins, plan] = await Promise.all([this.pins.list(fairId), this.context.plan(fairId)]);
    pins.sort((a, b) =>
      a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0,
    );
    const people = new Map(
      (
        await this.applicants.applicants(fairId, [...new Set(pins.map((p) => p.applicationId))])
      ).map((a) => [a.id, a]),
    );
    const byApp = new Map<string, PinViewDto>();
    for (const pin of pins) {
      const view = byApp.get(pin.applicationId) ?? {
        applicationId: pin.applicationId,
        producerName: people.get(pin.applicationId)?.producerName ?? '',
        booths: [],
        pinnedBy: pin.pinnedBy,
      };
      view.booths.push(plan.byId.get(pin.boothId)?.code ?? pin.boothId);
      byApp.set(pin.applicationId, view);
    }
    return [...byApp.values()].map((v) => ({ ...v, booths: v.booths.sort() }));
  }

  async pin(
    user: AuthUser,
    fairId: string,
    applicationId: string,
    dto: PinDto,
  ): Promise<PinViewDto> {
    await this.context.fairFor(user, fairId);
    const plan = await this.context.plan(fairId);
    const [app] = await this.applicants.applicants(fairId, [applicationId]);
    if (!app) throw AppError.notFound('Application');
    if ((app.pendingDecision ?? app.status) !== 'approved') {
      throw new AppError(
        'conflict',
        'application_not_approved',
        `Only an approved application gets booths; this one is ${app.pendingDecision ?? app.status}`,
        [{ field: 'applicationId', message: `is ${app.pendingDecision ?? app.status}` }],
      );
    }
    const issues: FieldIssue[] = [];
    dto.booths.forEach((code, i) => {
      const booth = plan.byCode.get(code);
      if (!booth)
        issues.push({ field: `booths.${i}`, message: `booth ${code} is not in the plan` });
      else if (booth.blocked)
        issues.push({ field: `booths.${i}`, message: `booth ${code} is blocked` });
      else if (dto.booths.indexOf(code) !== i) {
        issues.push({ field: `booths.${i}`, message: `booth ${code} is named twice` });
      }
    });
    if (dto.booths.length !== app.boothsWanted) {
      issues.push({
        field: 'booths',
        message: `must name exactly ${app.boothsWanted} booth(s), as the application wants`,
      });
    }
    if (issues.length) throw AppError.validation(issues);
    const boothIds = plan.ids(dto.booths);

    await this.transactions.run(async ({ manager }) => {
      await this.states.lock(manager, fairId);
      const published = await this.assignments.byApplication(fairId, manager);
      const taken: FieldIssue[] = [];
      const holders: Record<string, string> = {};
      for (const [otherApp, booths] of published) {
        if (otherApp === applicationId) continue;
        for (const id of booths.boothIds) {
          const i = boothIds.indexOf(id);
          if (i >= 0) {
            taken.push({
              field: `booths.${i}`,
              message: `booth ${dto.booths[i]} is published to another producer`,
            });
            holders[dto.booths[i]] = otherApp;
          }
        }
      }
      if (taken.length) throw boothTaken(taken, holders);
      if (!(await this.pins.replace(manager, fairId, applicationId, boothIds, user.id))) {
        throw boothTaken(
          [{ field: 'booths', message: 'a booth is pinned to another producer' }],
          {},
        );
      }
    });
    return {
      applicationId,
      producerName: app.producerName,
      booths: [...dto.booths].sort(),
      pinnedBy: user.id,
    };
  }

  async unpin(user: AuthUser, fairId: string, applicationId: string): Promise<{ removed: number }> {
    await this.context.fairFor(user, fairId);
    return { removed: await this.pins.deleteForApplication(fairId, applicationId) };
  }
}
