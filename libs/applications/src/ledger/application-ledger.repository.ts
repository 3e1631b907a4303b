import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** An approval as the payments area sees it (money as digit strings of đồng). */
export interface PayableRow {
  id: string;
  fairId: string;
  reference: string;
  producerId: string;
  producerName: string;
  status: string;
  /** Null only for an application never priced (not from `payables`, which are priced). */
  amountDue: string | null;
  deposit: string | null;
  amountPaid: string;
  releasedAt: Date | null;
  submittedBy: string | null;
}

const PAYABLE_COLUMNS = `id, fair_id AS "fairId", reference, producer_id AS "producerId", producer_name AS "producerName",
  status, amount_due AS "amountDue", deposit, amount_paid AS "amountPaid",
  released_at AS "releasedAt", submitted_by AS "submittedBy"`;

/** The money columns of `applications`, in bulk: what payments reads and raises. */
@Injectable()
export class ApplicationLedgerRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Released approvals of the fair with a price, by reference; locked when `lock`. */
  payables(fairId: string, manager?: EntityManager, lock = false): Promise<PayableRow[]> {
    return (manager ?? this.dataSource.manager).query(
      `SELECT ${PAYABLE_COLUMNS} FROM applications
        WHERE fair_id = $1 AND status = 'approved' AND pending_decision IS NULL
          AND amount_due IS NOT NULL AND released_at IS NOT NULL
        ORDER BY id${lock ? ' FOR UPDATE' : ''}`,
      [fairId],
    );
  }

  /** Released approvals of any fair that still owe money (the reminder sweep), by fair. */
  owing(manager: EntityManager = this.dataSource.manager): Promise<PayableRow[]> {
    return manager.query(
      `SELECT ${PAYABLE_COLUMNS} FROM applications
        WHERE status = 'approved' AND pending_decision IS NULL AND released_at IS NOT NULL
          AND amount_due IS NOT NULL AND amount_paid < amount_due
        ORDER BY fair_id, id`,
    );
  }

  /** These applications of the fair, whatever their status; locked in id order when `lock`. */
  byIds(
    fairId: string,
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<PayableRow[]> {
    return manager.query(
      `SELECT ${PAYABLE_COLUMNS} FROM applications
        WHERE fair_id = $1 AND id = ANY($2::uuid[]) ORDER BY id${lock ? ' FOR UPDATE' : ''}`,
      [fairId, [...ids]],
    );
  }

  /** Raises amount_paid of each (one statement; one entry per id); the CHECK keeps it within the amount due. */
  async addPaid(manager: EntityManager, credits: readonly { id: string; amount: bigint }[]) {
    if (credits.length === 0) return;
    await manager.query(
      `UPDATE applications a SET amount_paid = a.amount_paid + v.amount, updated_at = now()
         FROM unnest($1::uuid[], $2::bigint[]) AS v(id, amount) WHERE a.id = v.id`,
      [credits.map((c) => c.id), credits.map((c) => c.amount.toString())],
    );
  }
}
