import { DynamicModule, Module } from '@nestjs/common';
import { ACCOUNT_MAILS } from '@hoicho/accounts';
import { ALLOCATION_MAILS, AllocationWorkerModule } from '@hoicho/allocation';
import { APPLICATION_MAILS } from '@hoicho/applications';
import { EXHIBITOR_MAILS } from '@hoicho/exhibitors';
import { PAYMENT_MAILS, PaymentsWorkerModule } from '@hoicho/payments';
import { INVITATION_MAILS, InvitationsWorkerModule } from '@hoicho/invitations';
import { MailTemplatesModule, NotificationsWorkerModule } from '@hoicho/notifications';
import { PlatformModule, PlatformRuntime, WorkerHostModule } from '@hoicho/platform';
import { SHOWCASE_MAILS } from '@hoicho/showcases';

/**
 * Every library's mails: the worker renders whatever an api recorded, including the mails of
 * libraries whose modules it does not run (showcases).
 */
export const WORKER_MAILS = [
  ACCOUNT_MAILS,
  EXHIBITOR_MAILS,
  APPLICATION_MAILS,
  SHOWCASE_MAILS,
  INVITATION_MAILS,
  ALLOCATION_MAILS,
  PAYMENT_MAILS,
];

/** Queue processors and sweeps, no HTTP. Production runs N of these beside the api. */
@Module({})
export class WorkerModule {
  static register(runtime: PlatformRuntime): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot(runtime, { http: false }),
        WorkerHostModule,
        NotificationsWorkerModule,
        InvitationsWorkerModule,
        AllocationWorkerModule,
        PaymentsWorkerModule,
        ...WORKER_MAILS.map((mails) => MailTemplatesModule.register(mails)),
      ],
    };
  }
}
