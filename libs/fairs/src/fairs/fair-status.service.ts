import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UsersService } from '@hoicho/accounts';
import { AuthUser, TransactionRunner } from '@hoicho/platform';
import { FairAccess } from '../common/fair-access.service';
import { assertFairTransition, FairTransitionError } from '../domain';
import { fairNotReady, transitionRefused } from '../fairs.errors';
import { ChangeFairStatusDto, FairStatusChangeDto } from './dto/fair-status.dto';
import { readinessIssues } from './fair-readiness';
import { FairStatusChange } from './fair-status-change.entity';
import { Fair } from './fair.entity';

/** Moves a fair through its life as the domain machine allows, logging each step. */
@Injectable()
export class FairStatusService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: FairAccess,
    private readonly users: UsersService,
  ) {}

  change(user: AuthUser, fairId: string, dto: ChangeFairStatusDto): Promise<Fair> {
    return this.transactions.run(async ({ manager }) => {
      const fair = await this.access.lock(manager, fairId);
      try {
        assertFairTransition(fair.status, dto.to);
      } catch (error) {
        if (error instanceof FairTransitionError) throw transitionRefused(error);
        throw error;
      }
      const issues = await readinessIssues(manager, fairId, dto.to);
      if (issues.length > 0) throw fairNotReady(dto.to, issues);
      await manager.getRepository(FairStatusChange).insert({
        fairId,
        fromStatus: fair.status,
        toStatus: dto.to,
        reason: dto.reason ?? null,
        changedBy: user.id,
      });
      return manager.getRepository(Fair).save({ ...fair, status: dto.to });
    });
  }

  async history(fairId: string): Promise<FairStatusChangeDto[]> {
    const changes = await this.dataSource
      .getRepository(FairStatusChange)
      .find({ where: { fairId }, order: { changedAt: 'ASC', id: 'ASC' } });
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
