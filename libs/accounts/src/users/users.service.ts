import { Injectable } from '@nestjs/common';
import { AppError, Role, toNfc } from '@hoicho/platform';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { hashPassword, unusablePasswordHash } from './password-hasher';
import { User } from './user.entity';
import { UserRepository } from './user.repository';

export interface NewUser {
  email: string;
  password?: string;
  /** An already computed hash (bulk seeding); wins over `password`. */
  passwordHash?: string;
  fullName: string;
  role: Role;
  locale: 'vi' | 'en';
  organisingBodyId?: string | null;
  producerId?: string | null;
  emailVerified?: boolean;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rows: UserRepository,
  ) {}

  /** Creates the account in the caller's transaction; a taken email is a 409 naming the field. */
  async create(manager: EntityManager, input: NewUser): Promise<User> {
    const passwordHash =
      input.passwordHash ??
      (input.password ? await hashPassword(input.password) : unusablePasswordHash());
    const id = await this.rows.insert(manager, {
      email: input.email.trim().toLowerCase(),
      passwordHash,
      fullName: toNfc(input.fullName),
      role: input.role,
      locale: input.locale,
      organisingBodyId: input.organisingBodyId ?? null,
      producerId: input.producerId ?? null,
      emailVerified: input.emailVerified ?? false,
    });
    if (!id)
      throw new AppError('conflict', 'email_taken', 'An account with this email exists', [
        { field: 'email', message: 'is already registered' },
      ]);
    return manager.getRepository(User).findOneByOrFail({ id });
  }

  /** The account of an address, seen from the caller's transaction. */
  findByEmail(manager: EntityManager, email: string): Promise<User | null> {
    return manager.getRepository(User).findOneBy({ email: email.trim().toLowerCase() });
  }

  findById(id: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ id });
  }

  /** Changes the fields given (the language the user reads mail and screens in, the name). */
  async updateProfile(id: string, changes: { locale?: 'vi' | 'en'; fullName?: string }) {
    const repository = this.dataSource.getRepository(User);
    const patch = {
      ...(changes.locale ? { locale: changes.locale } : {}),
      ...(changes.fullName ? { fullName: toNfc(changes.fullName) } : {}),
    };
    if (Object.keys(patch).length) await repository.update({ id }, patch);
    return repository.findOneByOrFail({ id });
  }

  findWithPassword(email: string): Promise<User | null> {
    return this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: email.trim().toLowerCase() })
      .getOne();
  }

  listByBody(organisingBodyId: string): Promise<User[]> {
    return this.dataSource
      .getRepository(User)
      .find({ where: { organisingBodyId }, order: { createdAt: 'ASC' } });
  }

  /**
   * Disables a producer's member in the caller's transaction: signing in and every session
   * stop at once (both check disabled_at). False when no such active member exists.
   */
  async disableProducerMember(
    manager: EntityManager,
    producerId: string,
    userId: string,
  ): Promise<boolean> {
    const result = await manager
      .getRepository(User)
      .update({ id: userId, producerId, disabledAt: IsNull() }, { disabledAt: () => 'now()' });
    return (result.affected ?? 0) > 0;
  }

  listByProducer(producerId: string): Promise<User[]> {
    return this.dataSource
      .getRepository(User)
      .find({ where: { producerId }, order: { createdAt: 'ASC' } });
  }
}
