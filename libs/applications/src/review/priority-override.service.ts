import { Injectable } from '@nestjs/common';
import { AuthUser, Clock, TransactionRunner } from '@hoicho/platform';
import { ReviewApplicationDto } from '../dto/application-view.dto';
import { PriorityOverrideDto } from '../dto/review-input.dto';
import { ApplicationEventRepository } from '../entities/application-event.repository';
import { ApplicationRepository } from '../entities/application.repository';
import { ApplicationQueryService } from './application-query.service';
import { ReviewAccess } from './review-context';

/** The organiser sets an application's priority by hand (null returns to the computed one). */
@Injectable()
export class PriorityOverrideService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: ReviewAccess,
    private readonly applications: ApplicationRepository,
    private readonly events: ApplicationEventRepository,
    private readonly queries: ApplicationQueryService,
    private readonly clock: Clock,
  ) {}

  async override(
    user: AuthUser,
    fairId: string,
    applicationId: string,
    dto: PriorityOverrideDto,
  ): Promise<ReviewApplicationDto> {
    await this.access.fair(user, fairId);
    await this.transactions.run(async ({ manager }) => {
      const [app] = await this.access.lock(manager, fairId, [applicationId]);
      const set = dto.priority !== null;
      await this.applications.update(manager, app.id, {
        priorityOverride: dto.priority,
        priorityOverrideReason: set ? (dto.reason ?? null) : null,
        priorityOverriddenBy: set ? user.id : null,
        priorityOverriddenAt: set ? this.clock.now() : null,
      });
      await this.events.append(manager, [
        {
          fairId,
          applicationId: app.id,
          event: 'priority_override',
          from: app,
          to: app,
          reason: dto.reason ?? null,
          data: { priority: dto.priority, previous: app.priorityOverride },
          actorId: user.id,
        },
      ]);
    });
    return (await this.queries.reviewViews(user, fairId, [applicationId]))[0];
  }
}
