import { Injectable } from '@nestjs/common';
import { AuthUser, Clock, TransactionRunner } from '@hoicho/platform';
import { applyStep } from '../application-step';
import { ReleaseResultDto } from '../dto/application-view.dto';
import { ReleaseDecisionsDto } from '../dto/review-input.dto';
import { ApplicationEventRepository, LogEntry } from '../entities/application-event.repository';
import { ApplicationRepository } from '../entities/application.repository';
import { DecisionLetters } from './decision-letters';
import { ReviewAccess } from './review-context';

/**
 * Makes staged decisions what the producers are told, and records one letter for each in
 * the same transaction. A decision released once is not staged any more, so a second release
 * finds nothing; the dedupe key (application + decision) guards the letter besides.
 */
@Injectable()
export class DecisionReleaseService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: ReviewAccess,
    private readonly applications: ApplicationRepository,
    private readonly events: ApplicationEventRepository,
    private readonly letters: DecisionLetters,
    private readonly clock: Clock,
  ) {}

  async release(
    user: AuthUser,
    fairId: string,
    dto: ReleaseDecisionsDto,
  ): Promise<ReleaseResultDto> {
    const ctx = await this.access.context(user, fairId);
    const staged = await this.applications.stagedSubmitters(fairId, dto.applicationIds);
    const recipients = await this.letters.recipients(staged.map((a) => a.submittedBy));
    return this.transactions.run(async (tx) => {
      const apps = await this.applications.lockStaged(tx.manager, fairId, dto.applicationIds);
      const now = this.clock.now();
      const log: LogEntry[] = [];
      let letters = 0;
      for (const app of apps) {
        const next = applyStep(app, 'release', ctx.tctx);
        await this.applications.update(tx.manager, app.id, {
          status: next.status,
          pendingDecision: null,
          pendingReason: null,
          decisionReason: app.pendingReason,
          releasedAt: now,
        });
        log.push({
          fairId,
          applicationId: app.id,
          event: 'release',
          from: app,
          to: next,
          reason: app.pendingReason,
          data: { decision: next.status },
          actorId: user.id,
        });
        if (await this.letters.record(tx, ctx.fair, app, next.status, recipients, now)) letters++;
      }
      await this.events.append(tx.manager, log);
      return { released: apps.length, applicationIds: apps.map((a) => a.id), letters };
    });
  }
}
