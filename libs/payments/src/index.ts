export * from './payments.module';
export * from './payments-worker.module';
export { PaymentRemindersService } from './reminders/payment-reminders.service';
export { StatementImportService } from './statements/statement-import.service';
export { PAYMENT_MAILS } from './mails';
