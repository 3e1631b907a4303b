import { Injectable } from '@nestjs/common';
import { hashPassword, OrganisingBody, User, UsersService } from '@hoicho/accounts';
import { Producer } from '@hoicho/exhibitors';
import { AuthUser, Role, TransactionRunner } from '@hoicho/platform';
import { DEMO_PRODUCERS, PHU_VINH_HTX } from './demo-producer-data';
import { DemoProducerRow } from './demo-producers';
import { DEMO_VILLAGES } from './demo-village-data';

export const DEMO_PASSWORD = 'hoicho-demo-2026';
const BODY_CODE = 'so-cong-thuong-ha-noi';

export interface DemoLogin {
  role: Role;
  email: string;
  password: string;
}

/** Admin, organiser, gate staff and the Phú Vinh producer: the logins the banner prints. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  { role: Role.Admin, email: 'admin@hoicho.local', password: DEMO_PASSWORD },
  { role: Role.Organiser, email: 'bantochuc@congthuong.hanoi.local', password: DEMO_PASSWORD },
  { role: Role.GateStaff, email: 'cong@congthuong.hanoi.local', password: DEMO_PASSWORD },
  { role: Role.Producer, email: 'htx@phuvinh.local', password: DEMO_PASSWORD },
];

export const DEMO_ORGANISER_EMAIL = DEMO_LOGINS[1].email;

export interface SeededAccounts {
  organiser: AuthUser;
  producers: (DemoProducerRow & { member: AuthUser })[];
}

/** A demo account acting as itself, as a signed-in session would. */
export const demoAuthUser = (user: User): AuthUser => ({
  id: user.id,
  email: user.email,
  role: user.role,
  locale: user.locale,
  organisingBodyId: user.organisingBodyId,
  producerId: user.producerId,
  sessionId: 'demo-seed',
});

/**
 * The organising body, its staff, the demo producers and their members, in one transaction, so
 * a start that stops half-way leaves nothing behind. These rows are what the accounts' and
 * exhibitors' own sign-up paths would make (without their verification letters).
 */
@Injectable()
export class DemoAccounts {
  constructor(
    private readonly users: UsersService,
    private readonly transactions: TransactionRunner,
  ) {}

  /** Null when an earlier run made them. */
  seed(): Promise<SeededAccounts | null> {
    return this.transactions.run(async ({ manager }) => {
      if (await manager.getRepository(OrganisingBody).existsBy({ code: BODY_CODE })) return null;
      const body = await manager.getRepository(OrganisingBody).save({
        code: BODY_CODE,
        nameVi: 'Sở Công Thương Hà Nội',
        nameEn: 'Hanoi Department of Industry and Trade',
        email: 'sct@hanoi.local',
      });
      const rows: DemoProducerRow[] = [];
      for (const spec of [PHU_VINH_HTX, ...DEMO_PRODUCERS]) {
        const producer = await manager.getRepository(Producer).save({ legalNameVi: spec.nameVi });
        rows.push({
          spec,
          producerId: producer.id,
          email: `${spec.mail}@${DEMO_VILLAGES[spec.village].mail}`,
        });
      }
      // One hash shared by every demo login: 50 scrypt runs would slow the first start.
      const common = {
        passwordHash: await hashPassword(DEMO_PASSWORD),
        locale: 'vi' as const,
        emailVerified: true,
      };
      const [admin, organiser, gate] = DEMO_LOGINS;
      // scrypt runs on libuv's thread pool: hashing the accounts side by side saves seconds.
      const [, organiserUser, , ...members] = await Promise.all([
        this.users.create(manager, {
          ...common,
          email: admin.email,
          fullName: 'Quản trị hệ thống',
          role: Role.Admin,
        }),
        this.users.create(manager, {
          ...common,
          email: organiser.email,
          fullName: 'Phạm Thu Hà',
          role: Role.Organiser,
          organisingBodyId: body.id,
        }),
        this.users.create(manager, {
          ...common,
          email: gate.email,
          fullName: 'Lê Văn Cường',
          role: Role.GateStaff,
          organisingBodyId: body.id,
        }),
        ...rows.map((row) =>
          this.users.create(manager, {
            ...common,
            locale: row.spec.locale ?? 'vi',
            email: row.email,
            fullName: row.spec.person,
            role: Role.Producer,
            producerId: row.producerId,
          }),
        ),
      ]);
      return {
        organiser: demoAuthUser(organiserUser),
        producers: rows.map((row, i) => ({ ...row, member: demoAuthUser(members[i]) })),
      };
    });
  }
}
