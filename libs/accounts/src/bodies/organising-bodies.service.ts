import { Injectable } from '@nestjs/common';
import { AppError, AuthUser, Role, TransactionRunner } from '@hoicho/platform';
import { DataSource } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import { OutboxService } from '@hoicho/notifications';
import { AuthTokenRepository } from '../tokens/auth-token.repository';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { CreateOrganisingBodyDto, CreateStaffDto } from './dto/organising-body.dto';
import { OrganisingBody } from './organising-body.entity';

@Injectable()
export class OrganisingBodiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly tokens: AuthTokenRepository,
    private readonly outbox: OutboxService,
    private readonly transactions: TransactionRunner,
  ) {}

  async create(dto: CreateOrganisingBodyDto): Promise<OrganisingBody> {
    const repository = this.dataSource.getRepository(OrganisingBody);
    if (await repository.existsBy({ code: dto.code })) {
      throw new AppError(
        'conflict',
        'body_code_taken',
        'An organising body with this code exists',
        [{ field: 'code', message: 'is taken' }],
      );
    }
    return repository.save(
      repository.create({ ...dto, nameEn: dto.nameEn ?? null, email: dto.email ?? null }),
    );
  }

  /** Admins see every body; organisers and gate staff only their own. */
  list(user: AuthUser): Promise<OrganisingBody[]> {
    const repository = this.dataSource.getRepository(OrganisingBody);
    if (user.role === Role.Admin) return repository.find({ order: { createdAt: 'ASC' } });
    return repository.findBy({
      id: user.organisingBodyId ?? '00000000-0000-0000-0000-000000000000',
    });
  }

  async get(id: string): Promise<OrganisingBody> {
    const body = await this.dataSource.getRepository(OrganisingBody).findOneBy({ id });
    if (!body) throw AppError.notFound('Organising body');
    return body;
  }

  /** A new organiser or gate staff member gets an email to set their own password. */
  async addStaff(bodyId: string, dto: CreateStaffDto): Promise<User> {
    const body = await this.get(bodyId);
    return this.transactions.run(async (tx) => {
      const user = await this.users.create(tx.manager, {
        email: dto.email,
        fullName: dto.fullName,
        role: dto.role,
        locale: dto.locale ?? 'vi',
        organisingBodyId: body.id,
      });
      const token = await this.tokens.issue(tx.manager, user.id, 'reset_password', 7 * 24 * 60);
      await this.outbox.record(tx, {
        template: 'account.welcome-staff',
        to: user.email,
        locale: user.locale,
        data: {
          fullName: user.fullName,
          bodyName: body.nameVi,
          role: dto.role,
          resetUrl: this.auth.resetUrl(token),
        },
        dedupeKey: `welcome-staff:${user.id}`,
        organisingBodyId: body.id,
      });
      return user;
    });
  }
}
