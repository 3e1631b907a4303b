import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { BodyBankAccount } from './bank-account.entity';

/** Every read and write of `body_bank_accounts`. */
@Injectable()
export class BankAccountRepository {
  constructor(private readonly dataSource: DataSource) {}

  find(bodyId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(BodyBankAccount).findOneBy({ organisingBodyId: bodyId });
  }

  async upsert(manager: EntityManager, row: BodyBankAccount): Promise<void> {
    await manager.getRepository(BodyBankAccount).upsert(row, ['organisingBodyId']);
  }
}
