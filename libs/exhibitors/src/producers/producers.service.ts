import { Injectable } from '@nestjs/common';
import { assertStrongPassword, AuthService, hashPassword, UsersService } from '@hoicho/accounts';
import { AppError, Role, TransactionRunner } from '@hoicho/platform';
import { brokenConstraint } from '../common/field-errors';
import { ProducerSignUpDto } from './dto/producer-sign-up.dto';
import { UpdateProducerDto } from './dto/update-producer.dto';
import { CatalogueIndexRepository } from '../public-catalogue/catalogue-index.repository';
import { ProducerContactRepository } from './producer-contact.repository';
import { ProducerProfileRules } from './producer-profile.rules';
import { ProducerReader } from './producer-reader.service';
import { Producer } from './producer.entity';
import { ProducerRepository } from './producer.repository';

@Injectable()
export class ProducersService {
  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly transactions: TransactionRunner,
    private readonly reader: ProducerReader,
    private readonly rules: ProducerProfileRules,
    private readonly producers: ProducerRepository,
    private readonly contacts: ProducerContactRepository,
    private readonly catalogueIndex: CatalogueIndexRepository,
  ) {}

  /**
   * The producer, its first member and the verification email commit together or not at all.
   * An address that has an account gets the same answer, in about the same time (the password
   * is hashed either way), and its owner a mail saying someone tried: the form tells nobody
   * which addresses are registered. Mail past the address's daily quota is dropped quietly.
   */
  async signUp(dto: ProducerSignUpDto): Promise<void> {
    const locale = dto.locale ?? 'vi';
    assertStrongPassword(dto.password, [dto.email, dto.fullName, dto.producerName], locale);
    const passwordHash = await hashPassword(dto.password);
    const mayMail = await this.auth.mayMail(dto.email);
    try {
      await this.transactions.run(async (tx) => {
        const existing = await this.users.findByEmail(tx.manager, dto.email);
        if (existing) {
          if (mayMail) await this.auth.sendSignUpAttempt(tx, existing);
          return;
        }
        const producer = await this.producers.insert(tx.manager, {
          legalNameVi: dto.producerName,
          legalForm: dto.legalForm ?? null,
        });
        const user = await this.users.create(tx.manager, {
          email: dto.email,
          passwordHash,
          fullName: dto.fullName,
          role: Role.Producer,
          locale,
          producerId: producer.id,
        });
        if (mayMail) await this.auth.sendVerification(tx, user);
      });
    } catch (error) {
      // The same address signed up at the same moment: answered as any taken address is.
      if (!(error instanceof AppError && error.code === 'email_taken')) throw error;
      if (!mayMail) return;
      await this.transactions.run(async (tx) => {
        const existing = await this.users.findByEmail(tx.manager, dto.email);
        if (existing) await this.auth.sendSignUpAttempt(tx, existing);
      });
    }
  }

  /** The bare row; throws 404 when there is none. */
  get(id: string): Promise<Producer> {
    return this.reader.entity(id);
  }

  /**
   * Checks the whole resulting profile, then writes it and (if sent) the contacts at once, with
   * its products' catalogue index rows (names, published flag, village and craft are theirs).
   */
  async update(id: string, dto: UpdateProducerDto): Promise<void> {
    await this.transactions.run(async ({ manager }) => {
      const current = await this.producers.lock(manager, id);
      if (!current) throw AppError.notFound('Producer');
      const change = await this.rules.apply(current, dto);
      try {
        await this.producers.save(manager, change.producer);
      } catch (error) {
        if (brokenConstraint(error) === 'producers_tax_code_key')
          throw new AppError(
            'conflict',
            'tax_code_taken',
            'Another producer is registered with this tax code',
            [{ field: 'taxCode', message: 'is already registered' }],
          );
        throw error;
      }
      if (change.contacts) await this.contacts.replace(manager, id, change.contacts);
      await this.catalogueIndex.refreshProducers(manager, [id]);
    });
  }
}
