import { Injectable } from '@nestjs/common';
import { DocumentRequirements, ProducerDisclosures } from '@hoicho/exhibitors';
import { AuthUser, Clock, TransactionRunner } from '@hoicho/platform';
import { applyStep } from '../application-step';
import { ApplicationDto } from '../dto/application-view.dto';
import { ApplicationEventRepository } from '../entities/application-event.repository';
import { ApplicationRepository } from '../entities/application.repository';
import { ApplicationWishes } from './application-wishes';
import { OwnApplications } from './own-applications';
import { ProducerFairs } from './producer-fairs';
import { SubmissionReceipts } from './submission-receipts';

/**
 * A producer submits its draft for review while the fair is open and inside its window; the
 * producer snapshot is taken again, and whether this is its first participation; the
 * acknowledgement mail is recorded in the same transaction.
 */
@Injectable()
export class ApplicationSubmissionService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly fairs: ProducerFairs,
    private readonly wishes: ApplicationWishes,
    private readonly own: OwnApplications,
    private readonly applications: ApplicationRepository,
    private readonly events: ApplicationEventRepository,
    private readonly receipts: SubmissionReceipts,
    private readonly clock: Clock,
    private readonly disclosures: ProducerDisclosures,
    private readonly documents: DocumentRequirements,
  ) {}

  async submit(user: AuthUser, id: string): Promise<ApplicationDto> {
    const current = await this.own.find(user, id);
    const ctx = await this.fairs.load(current.fairId);
    const tctx = this.fairs.transitionContext(ctx.fair);
    // Read outside the transaction: it asks the exhibitors area, and holds no lock meanwhile.
    const snapshot = await this.wishes.snapshot(current.producerId, current.productIds, ctx.fair);
    const fullName = await this.receipts.fullNameOf(user);
    await this.transactions.run(async (tx) => {
      const { manager } = tx;
      const fair = await this.fairs.lock(manager, current.fairId);
      const app = await this.own.lock(manager, user, id);
      const next = applyStep(app, 'submit', tctx);
      this.fairs.assertAccepting(fair);
      // The fair's required documents, valid on its first day (422 naming each missing kind).
      const firstDay = ctx.fair.days[0]?.date;
      if (firstDay)
        await this.documents.assertHeld(app.producerId, ctx.fair.requiredDocumentKinds, firstDay);
      const earlier = await this.applications.approvedElsewhere(
        manager,
        app.producerId,
        app.fairId,
      );
      await this.applications.update(manager, app.id, {
        ...snapshot,
        status: next.status,
        pendingDecision: next.pendingDecision,
        firstParticipation: !earlier,
        submittedAt: this.clock.now(),
        submittedBy: user.id,
      });
      // Applying shows the body's organisers the producer's private profile (tax code, contacts).
      await this.disclosures.disclose(manager, app.producerId, ctx.fair.organisingBodyId);
      await this.events.append(manager, [
        {
          fairId: app.fairId,
          applicationId: app.id,
          event: 'submit',
          from: app,
          to: next,
          actorId: user.id,
        },
      ]);
      await this.receipts.record(tx, user, fullName, ctx.fair, {
        ...app,
        producerName: snapshot.producerName,
      });
    });
    return this.own.get(user, id);
  }
}
