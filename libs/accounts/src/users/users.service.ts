import { Injectable } from '@nestjs/common';
import { AppError, Role, toNfc } from '@hoicho/platform';
import { DataSource, EntityManager, IsNull, QueryFailedError } from 'typeorm';
import { hashPassword, unusablePasswordHash } from './password-hasher';
import { User } from './user.entity';

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
  constructor(private readonly dataSource: DataSource) {}

  /** Creates the account in the caller's transaction; a taken email is a 409 naming the field. */
  async create(manager: EntityManager, input: NewUser): Promise<User> {
    const passwordHash =
      input.passwordHash ??
      (input.password ? await hashPassword(input.password) : unusablePasswordHash());
    try {
      const [row] = await manager.query(
        `INSERT INTO users (email, password_hash, full_name, role, locale, organising_body_id, producer_id, email_verified_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $8 THEN now() END) RETURNING id`,
        [
          input.email.trim().toLowerCase(),
          passwordHash,
          toNfc(input.fullName),
          input.role,
          input.locale,
          input.organisingBodyId ?? null,
          input.producerId ?? null,
          input.emailVerified ?? false,
        ],
      );
      return manager.getRepository(User).findOneByOrFail({ id: row.id });
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: string }).constraint === 'users_email_key'
      ) {
        throw new AppError('conflict', 'email_taken', 'An account with this email exists', [
          { field: 'email', message: 'is already registered' },
        ]);
      }
      throw error;
    }
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
