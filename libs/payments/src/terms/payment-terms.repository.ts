import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { PaymentTermsRow } from '../entities/payment-terms.entity';

/** Every read and write of `payment_terms`. */
@Injectable()
export class PaymentTermsRepository {
  constructor(private readonly dataSource: DataSource) {}

  find(fairId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(PaymentTermsRow).findOneBy({ fairId });
  }

  /** Terms of many fairs (the reminder sweep). */
  findMany(fairIds: readonly string[]): Promise<PaymentTermsRow[]> {
    if (fairIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(PaymentTermsRow)
      .createQueryBuilder('t')
      .where('t.fairId IN (:...fairIds)', { fairIds: [...fairIds] })
      .getMany();
  }

  async upsert(manager: EntityManager, row: PaymentTermsRow): Promise<void> {
    await manager.getRepository(PaymentTermsRow).upsert(row, ['fairId']);
  }
}
