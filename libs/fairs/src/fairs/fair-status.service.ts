import { Injectable } from '@nestjs/common';
import { UsersService } from '@hoicho/accounts';
import { AuthUser, TransactionRunner } from '@hoicho/platform';
import { FairAccess } from '../common/fair-access.service';
import { assertFairTransition, FairTransitionError } from '../domain';
import { fairNotReady, transitionRefused } from '../fairs.errors';
import { ChangeFairStatusDto, FairStatusChangeDto } from './dto/fair-status.dto';
import { FairDto } from './dto/fair-view.dto';
import { FairReadiness } from './fair-readiness';
import { FairQueryService } from './fair-query.service';
import { FairRepository } from './fair.repository';
import { FairStatusLogRepository } from './fair-status-log.repository';

/** Moves a fair through its life as the domain machine allows, logging each step. */
@Injectable()
export class FairStatusService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: FairAccess,
    private readonly fairs: FairRepository,
    private readonly log: FairStatusLogRepository,
    private readonly readiness: FairReadiness,
    private readonly views: FairQueryService,
    private readonly users: UsersService,
  ) {}

  async change(user: AuthUser, fairId: string, dto: ChangeFairStatusDto): Promise<FairDto> {
    await this.access.get(user, fairId);
    const fair = await this.transactions.run(async ({ manager }) => {
      const fair = await this.access.lock(manager, fairId);
      try {
        assertFairTransition(fair.status, dto.to);
      } catch (error) {
        if (error instanceof FairTransitionError) throw transitionRefused(error);
        throw error;
      }
      const issues = await this.readiness.issues(manager, fairId, dto.to);
      if (issues.length > 0) throw fairNotReady(dto.to, issues);
      await this.log.append(manager, {
        fairId,
        fromStatus: fair.status,
        toStatus: dto.to,
        reason: dto.reason ?? null,
        changedBy: user.id,
      });
      return this.fairs.save(manager, { ...fair, status: dto.to });
    });
    return this.views.view(fair);
  }

  async history(user: AuthUser, fairId: string): Promise<FairStatusChangeDto[]> {
    await this.access.get(user, fairId);
    const changes = await this.log.history(fairId);
    const names = new Map<string, string | null>();
    for (const id of new Set(changes.map((c) => c.changedBy))) {
      names.set(id, (await this.users.findById(id))?.fullName ?? null);
    }
    return changes.map((c) => ({
      id: c.id,
      from: c.fromStatus,
      to: c.toStatus,
      reason: c.reason,
      changedBy: c.changedBy,
      changedByName: names.get(c.changedBy) ?? null,
      changedAt: c.changedAt,
    }));
  }
}
