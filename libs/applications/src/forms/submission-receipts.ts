import { Inject, Injectable } from '@nestjs/common';
import { UsersService } from '@hoicho/accounts';
import { FairDto } from '@hoicho/fairs';
import { appLinks, OutboxService } from '@hoicho/notifications';
import { APP_CONFIG, AppConfig, AuthUser, Tx } from '@hoicho/platform';
import { Application } from '../entities/application.entity';

/**
 * The acknowledgement of a submission (template `application.received`), recorded in the
 * submission's transaction, to the member who submitted, in that member's language; once per
 * application (a submitted application is never submitted again).
 */
@Injectable()
export class SubmissionReceipts {
  constructor(
    private readonly outbox: OutboxService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Looked up before the transaction: the submitter's name for the greeting. */
  async fullNameOf(user: AuthUser): Promise<string> {
    return (await this.users.findById(user.id))?.fullName ?? '';
  }

  async record(
    tx: Tx,
    user: AuthUser,
    fullName: string,
    fair: FairDto,
    app: Pick<Application, 'id' | 'reference' | 'boothsWanted'> & { producerName: string },
  ): Promise<void> {
    const en = user.locale === 'en';
    await this.outbox.record(tx, {
      template: 'application.received',
      to: user.email,
      locale: user.locale,
      organisingBodyId: fair.organisingBodyId,
      dedupeKey: `application:${app.id}:received`,
      data: {
        fullName,
        producerName: app.producerName,
        fairName: en ? (fair.nameEn ?? fair.nameVi) : fair.nameVi,
        reference: app.reference,
        boothsWanted: app.boothsWanted,
        applicationUrl: appLinks.application(this.config.publicUrl, app.id),
      },
    });
  }
}
