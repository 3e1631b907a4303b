import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Every write of `payment_reminders`: the once-only record of each reminder. */
@Injectable()
export class PaymentReminderRepository {
  /** Whether this reminder is new (false: it was sent before; the primary key decides). */
  async claim(
    manager: EntityManager,
    row: { applicationId: string; kind: 'deposit' | 'balance'; dueOn: string; amount: bigint },
  ): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO payment_reminders (application_id, kind, due_on, amount)
       VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING application_id`,
      [row.applicationId, row.kind, row.dueOn, row.amount.toString()],
    );
    return inserted.length === 1;
  }
}
