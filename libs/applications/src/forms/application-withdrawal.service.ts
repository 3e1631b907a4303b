import { Injectable } from '@nestjs/common';
import { SupportBudgets } from '@hoicho/fairs';
import { AuthUser, Clock, TransactionRunner } from '@hoicho/platform';
import { applyStep } from '../application-step';
import { WithdrawApplicationDto } from '../dto/application-input.dto';
import { ApplicationDto } from '../dto/application-view.dto';
import { ApplicationEventRepository } from '../entities/application-event.repository';
import { ApplicationRepository } from '../entities/application.repository';
import { OwnApplications } from './own-applications';
import { ProducerFairs } from './producer-fairs';

/**
 * A producer withdraws its application (the domain says from which states, and until when for
 * a released approval); a support grant it held goes back to the programme's budget.
 */
@Injectable()
export class ApplicationWithdrawalService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly fairs: ProducerFairs,
    private readonly own: OwnApplications,
    private readonly applications: ApplicationRepository,
    private readonly events: ApplicationEventRepository,
    private readonly budgets: SupportBudgets,
    private readonly clock: Clock,
  ) {}

  async withdraw(user: AuthUser, id: string, dto: WithdrawApplicationDto): Promise<ApplicationDto> {
    const current = await this.own.find(user, id);
    const ctx = await this.fairs.load(current.fairId);
    const tctx = this.fairs.transitionContext(ctx.fair);
    await this.transactions.run(async ({ manager }) => {
      const app = await this.own.lock(manager, user, id);
      const next = applyStep(app, 'withdraw', tctx);
      const grant = BigInt(app.grantHeld);
      if (grant > 0n && app.supportProgrammeId) {
        await this.budgets.release(manager, app.supportProgrammeId, grant);
      }
      await this.applications.update(manager, app.id, {
        status: next.status,
        pendingDecision: null,
        pendingReason: null,
        grantHeld: '0',
        withdrawnAt: this.clock.now(),
      });
      await this.events.append(manager, [
        {
          fairId: app.fairId,
          applicationId: app.id,
          event: 'withdraw',
          from: app,
          to: next,
          reason: dto.reason ?? null,
          data: grant > 0n ? { grantReleased: grant.toString() } : {},
          actorId: user.id,
        },
      ]);
    });
    return this.own.get(user, id);
  }
}
