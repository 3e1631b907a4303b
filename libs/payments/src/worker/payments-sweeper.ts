import { Injectable } from '@nestjs/common';
import { Sweep, SweepLock, UnderSweepLock } from '@hoicho/platform';
import { PaymentRemindersService } from '../reminders/payment-reminders.service';

/** Reminders are looked for at most this often (a due day changes once a day). */
const EVERY_MS = 10 * 60_000;

/**
 * Every sweep interval, at most every ten minutes: records the payment reminders due. One
 * process at a time (the lock); the reminder's primary key makes each once-only anyway.
 */
@Injectable()
export class PaymentsSweeper {
  private last = 0;

  constructor(private readonly reminders: PaymentRemindersService) {}

  @Sweep({ name: 'payments', lock: SweepLock.Payments })
  async sweep(underLock: UnderSweepLock): Promise<number> {
    if (Date.now() - this.last < EVERY_MS) return 0;
    // The reminders are written while the lock is held: one process at a time.
    const sent = await underLock(() => this.reminders.sendDue());
    if (sent === undefined) return 0;
    this.last = Date.now();
    return sent;
  }
}
