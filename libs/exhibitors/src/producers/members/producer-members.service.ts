import { Injectable } from '@nestjs/common';
import { AuthService, User, UsersService } from '@hoicho/accounts';
import { Role, TransactionRunner } from '@hoicho/platform';
import { ProducerReader } from '../producer-reader.service';
import { AddProducerMemberDto } from './producer-member.dto';

/** The people who act for a producer: all of them have the producer role. */
@Injectable()
export class ProducerMembersService {
  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly transactions: TransactionRunner,
    private readonly reader: ProducerReader,
  ) {}

  async list(producerId: string): Promise<User[]> {
    await this.reader.entity(producerId);
    return this.users.listByProducer(producerId);
  }

  /**
   * The new member gets an email with a link to set a password; the account, the token and
   * the email commit together. Reaching the link also proves the address.
   */
  async add(producerId: string, dto: AddProducerMemberDto): Promise<User> {
    await this.reader.entity(producerId);
    return this.transactions.run(async (tx) => {
      const user = await this.users.create(tx.manager, {
        email: dto.email,
        fullName: dto.fullName,
        role: Role.Producer,
        locale: dto.locale ?? 'vi',
        producerId,
      });
      await this.auth.sendPasswordReset(tx, user, 'account.reset-password');
      return user;
    });
  }
}
