import { Injectable } from '@nestjs/common';
import { AuthService, UsersService } from '@hoicho/accounts';
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

  /** The producer, its first member and the verification email commit together or not at all. */
  async signUp(dto: ProducerSignUpDto): Promise<{ producerId: string; userId: string }> {
    return this.transactions.run(async (tx) => {
      const producer = await this.producers.insert(tx.manager, {
        legalNameVi: dto.producerName,
        legalForm: dto.legalForm ?? null,
      });
      const user = await this.users.create(tx.manager, {
        email: dto.email,
        password: dto.password,
        fullName: dto.fullName,
        role: Role.Producer,
        locale: dto.locale ?? 'vi',
        producerId: producer.id,
      });
      await this.auth.sendVerification(tx, user);
      return { producerId: producer.id, userId: user.id };
    });
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
