import { Injectable, Logger } from '@nestjs/common';
import { OrganisingBody, UsersService } from '@hoicho/accounts';
import { Producer } from '@hoicho/exhibitors';
import { Role, TransactionRunner } from '@hoicho/platform';

export interface DemoLogin {
  role: Role;
  email: string;
  password: string;
}

const PASSWORD = 'hoicho-demo-2026';
const BODY_CODE = 'so-cong-thuong-ha-noi';

/** First-run demo data: Hà Nội's industry and trade department, its organiser, a Phú Vinh producer. */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly users: UsersService,
    private readonly transactions: TransactionRunner,
  ) {}

  async seed(): Promise<DemoLogin[]> {
    const logins: DemoLogin[] = [
      { role: Role.Admin, email: 'admin@hoicho.local', password: PASSWORD },
      { role: Role.Organiser, email: 'bantochuc@congthuong.hanoi.local', password: PASSWORD },
      { role: Role.GateStaff, email: 'cong@congthuong.hanoi.local', password: PASSWORD },
      { role: Role.Producer, email: 'htx@phuvinh.local', password: PASSWORD },
    ];
    await this.transactions.run(async ({ manager }) => {
      if (await manager.getRepository(OrganisingBody).existsBy({ code: BODY_CODE })) return;
      const body = await manager.getRepository(OrganisingBody).save({
        code: BODY_CODE,
        nameVi: 'Sở Công Thương Hà Nội',
        nameEn: 'Hanoi Department of Industry and Trade',
        email: 'sct@hanoi.local',
      });
      const producer = await manager
        .getRepository(Producer)
        .save({ legalNameVi: 'Hợp tác xã Mây tre đan Phú Vinh' });
      const common = { password: PASSWORD, locale: 'vi' as const, emailVerified: true };
      await this.users.create(manager, {
        ...common,
        email: logins[0].email,
        fullName: 'Quản trị hệ thống',
        role: Role.Admin,
      });
      await this.users.create(manager, {
        ...common,
        email: logins[1].email,
        fullName: 'Phạm Thu Hà',
        role: Role.Organiser,
        organisingBodyId: body.id,
      });
      await this.users.create(manager, {
        ...common,
        email: logins[2].email,
        fullName: 'Lê Văn Cường',
        role: Role.GateStaff,
        organisingBodyId: body.id,
      });
      await this.users.create(manager, {
        ...common,
        email: logins[3].email,
        fullName: 'Nguyễn Văn An',
        role: Role.Producer,
        producerId: producer.id,
      });
      this.logger.log('seeded the demo organising body, organiser, gate staff and producer');
    });
    return logins;
  }
}
