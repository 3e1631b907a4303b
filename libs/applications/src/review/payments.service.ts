import { Injectable } from '@nestjs/common';
import { AuthUser, TransactionRunner } from '@hoicho/platform';
import { fairNotReviewing, notPayable, overpayment } from '../applications.errors';
import { ReviewApplicationDto } from '../dto/application-view.dto';
import { PaymentDto } from '../dto/review-input.dto';
import { ApplicationEventRepository } from '../entities/application-event.repository';
import { ApplicationRepository } from '../entities/application.repository';
import { ApplicationQueryService } from './application-query.service';
import { ReviewAccess } from './review-context';

/** Money received for a released approval, never more than is due (the CHECK backs this). */
@Injectable()
export class PaymentsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: ReviewAccess,
    private readonly applications: ApplicationRepository,
    private readonly events: ApplicationEventRepository,
    private readonly queries: ApplicationQueryService,
  ) {}

  async record(
    user: AuthUser,
    fairId: string,
    applicationId: string,
    dto: PaymentDto,
  ): Promise<ReviewApplicationDto> {
    const fair = await this.access.fair(user, fairId);
    if (fair.status === 'draft' || fair.status === 'cancelled') throw fairNotReviewing(fair.status);
    await this.transactions.run(async ({ manager }) => {
      const [app] = await this.access.lock(manager, fairId, [applicationId]);
      if (app.status !== 'approved' || app.amountDue === null) throw notPayable(app.status);
      const amount = BigInt(dto.amount);
      const outstanding = BigInt(app.amountDue) - BigInt(app.amountPaid);
      if (amount > outstanding) throw overpayment(outstanding);
      const paid = BigInt(app.amountPaid) + amount;
      await this.applications.update(manager, app.id, { amountPaid: paid.toString() });
      await this.events.append(manager, [
        {
          fairId,
          applicationId: app.id,
          event: 'payment',
          from: app,
          to: app,
          data: {
            amount: amount.toString(),
            amountPaid: paid.toString(),
            reference: dto.reference ?? null,
          },
          actorId: user.id,
        },
      ]);
    });
    return (await this.queries.reviewViews(user, fairId, [applicationId]))[0];
  }
}
