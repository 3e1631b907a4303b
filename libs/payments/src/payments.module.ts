import { Module } from '@nestjs/common';
import { AccountsModule } from '@hoicho/accounts';
import { AllocationModule } from '@hoicho/allocation';
import { ApplicationsModule } from '@hoicho/applications';
import { FairsModule } from '@hoicho/fairs';
import { MailTemplatesModule, NotificationsModule } from '@hoicho/notifications';
import { PaymentsAccess } from './common/payments-access';
import { PaymentsController } from './payments.controller';
import { ManualPaymentService } from './payments/manual-payment.service';
import { PaymentRepository } from './payments/payment.repository';
import { PaymentsOverviewService } from './payments/payments-overview.service';
import { ReceiptsService } from './receipts/receipts.service';
import { UnpaidReleaseService } from './release/unpaid-release.service';
import { PaymentReminderRepository } from './reminders/payment-reminder.repository';
import { PaymentRemindersService } from './reminders/payment-reminders.service';
import { LineSettlementService } from './statements/line-settlement.service';
import { StatementFiles } from './statements/statement-files.service';
import { StatementImportService } from './statements/statement-import.service';
import { StatementRepository } from './statements/statement.repository';
import { StatementsController } from './statements.controller';
import { PaymentTermsRepository } from './terms/payment-terms.repository';
import { DepositDueDayProvider } from './terms/deposit-due-day.provider';
import { PaymentTermsService } from './terms/payment-terms.service';
import { PAYMENT_MAILS } from './mails';

/** Taking the money: terms, statements and their matching, payments, receipts, reminders. */
@Module({
  imports: [
    AccountsModule,
    FairsModule,
    ApplicationsModule,
    AllocationModule,
    NotificationsModule,
    MailTemplatesModule.register(PAYMENT_MAILS),
  ],
  controllers: [PaymentsController, StatementsController],
  providers: [
    PaymentsAccess,
    PaymentTermsRepository,
    PaymentTermsService,
    DepositDueDayProvider,
    StatementRepository,
    StatementFiles,
    StatementImportService,
    LineSettlementService,
    PaymentRepository,
    ManualPaymentService,
    PaymentsOverviewService,
    ReceiptsService,
    UnpaidReleaseService,
    PaymentReminderRepository,
    PaymentRemindersService,
  ],
  exports: [PaymentRemindersService, StatementImportService],
})
export class PaymentsModule {}
