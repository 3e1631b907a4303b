import { Module } from '@nestjs/common';
import { PaymentsModule } from './payments.module';
import { PaymentsSweeper } from './worker/payments-sweeper';

/** The payment reminders' sweep, run by platform's worker host in apps/worker, or in-process. */
@Module({ imports: [PaymentsModule], providers: [PaymentsSweeper] })
export class PaymentsWorkerModule {}
