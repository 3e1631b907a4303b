import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { PaymentMethod, PaymentRow } from '../entities/payment.entity';

export interface NewPayment {
  applicationId: string;
  amount: bigint;
  paidOn: string;
  method: PaymentMethod;
  reference: string | null;
  note: string | null;
  statementLineId: string | null;
}

const CHUNK = 5000;

/** Every read and write of `payments`. */
@Injectable()
export class PaymentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts payments (unnest arrays, a statement per 5,000) and answers their ids. */
  async insertMany(
    manager: EntityManager,
    fairId: string,
    recordedBy: string,
    rows: readonly NewPayment[],
  ): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      const col = <K extends keyof NewPayment>(k: K) => chunk.map((r) => r[k]);
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO payments (fair_id, recorded_by, application_id, amount, paid_on, method,
           reference, note, statement_line_id)
         SELECT $1, $2, * FROM unnest($3::uuid[], $4::bigint[], $5::date[], $6::text[],
           $7::text[], $8::text[], $9::uuid[])
         RETURNING id`,
        [
          fairId,
          recordedBy,
          col('applicationId'),
          chunk.map((r) => r.amount.toString()),
          col('paidOn'),
          col('method'),
          col('reference'),
          col('note'),
          col('statementLineId'),
        ],
      );
      ids.push(...inserted.map((r) => r.id));
    }
    return ids;
  }

  find(fairId: string, id: string): Promise<PaymentRow | null> {
    return this.dataSource.getRepository(PaymentRow).findOneBy({ fairId, id });
  }

  ofApplication(applicationId: string): Promise<PaymentRow[]> {
    return this.dataSource
      .getRepository(PaymentRow)
      .find({ where: { applicationId }, order: { receiptNo: 'ASC' } });
  }

  ofFair(fairId: string): Promise<PaymentRow[]> {
    return this.dataSource
      .getRepository(PaymentRow)
      .find({ where: { fairId }, order: { recordedAt: 'ASC', receiptNo: 'ASC' } });
  }
}
