import { Injectable } from '@nestjs/common';
import { AuthService, UsersService } from '@hoicho/accounts';
import { AppError, Role, TransactionRunner } from '@hoicho/platform';
import { DataSource } from 'typeorm';
import { ProducerSignUpDto, UpdateProducerDto } from './dto/producer-sign-up.dto';
import { Producer } from './producer.entity';

@Injectable()
export class ProducersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly transactions: TransactionRunner,
  ) {}

  /** The producer, its first member and the verification email commit together or not at all. */
  async signUp(dto: ProducerSignUpDto): Promise<{ producerId: string; userId: string }> {
    return this.transactions.run(async (tx) => {
      const producer = await tx.manager
        .getRepository(Producer)
        .save({ legalNameVi: dto.producerName });
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

  async get(id: string): Promise<Producer> {
    const producer = await this.dataSource.getRepository(Producer).findOneBy({ id });
    if (!producer) throw AppError.notFound('Producer');
    return producer;
  }

  async update(id: string, dto: UpdateProducerDto): Promise<Producer> {
    const producer = await this.get(id);
    return this.dataSource.getRepository(Producer).save({ ...producer, ...dto });
  }
}
