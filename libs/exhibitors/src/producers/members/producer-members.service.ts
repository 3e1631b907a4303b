import { Injectable } from '@nestjs/common';
import { AuthService, User, UsersService } from '@hoicho/accounts';
import { AppError, AuthUser, Role, TransactionRunner } from '@hoicho/platform';
import { ProducerReader } from '../producer-reader.service';
import { ProducerRepository } from '../producer.repository';
import { AddProducerMemberDto } from './producer-member.dto';

/** The people who act for a producer: all of them have the producer role. */
@Injectable()
export class ProducerMembersService {
  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly transactions: TransactionRunner,
    private readonly reader: ProducerReader,
    private readonly producers: ProducerRepository,
  ) {}

  /** The members who can still act for the producer (removed ones are disabled, not listed). */
  async list(producerId: string): Promise<User[]> {
    await this.reader.entity(producerId);
    return (await this.users.listByProducer(producerId)).filter((user) => !user.disabledAt);
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

  /**
   * Removes a member: the account is disabled, so its sessions end and it cannot sign in.
   * A member cannot remove themselves, which leaves every producer at least one member; the
   * producer's row is locked so two members cannot remove each other at the same moment.
   */
  async remove(producerId: string, userId: string, actor: AuthUser): Promise<void> {
    if (actor.role === Role.Producer && actor.id === userId)
      throw new AppError('conflict', 'cannot_remove_self', 'A member cannot remove themselves', [
        { field: 'userId', message: 'ask another member to remove you' },
      ]);
    await this.transactions.run(async ({ manager }) => {
      if (!(await this.producers.lock(manager, producerId))) throw AppError.notFound('Producer');
      if (actor.role === Role.Producer) {
        // Removed a moment ago by the member it is removing: it no longer acts for anyone.
        const active = await this.list(producerId);
        if (!active.some((member) => member.id === actor.id)) throw AppError.notFound('Member');
      }
      if (!(await this.users.disableProducerMember(manager, producerId, userId)))
        throw AppError.notFound('Member');
    });
  }
}
