import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hashPassword, OrganisingBody, User, UsersService } from '@hoicho/accounts';
import {
  ApplicationFormService,
  ApplicationsDemoService,
  DemoApplicant,
} from '@hoicho/applications';
import {
  CraftVillagesService,
  Producer,
  ProducersService,
  ProductsService,
} from '@hoicho/exhibitors';
import {
  BoothTypesService,
  FairEditorService,
  FairQueryService,
  FairsService,
  FairStatusService,
  PlanGridService,
  SupportProgrammesService,
  ZonesService,
} from '@hoicho/fairs';
import { AuthUser, Clock, Role, TransactionRunner } from '@hoicho/platform';
import { demoCalendar } from './demo-calendar';
import { STANDARD } from './demo-fair-data';
import { DEMO_PRODUCERS, DemoProducer, PHU_VINH_HTX } from './demo-producer-data';
import { DEMO_VILLAGES } from './demo-village-data';
import { buildDemoFair, DEMO_FAIR_NAME, DemoFair } from './demo-fair';
import { DemoIdentifiers } from './demo-identifiers';
import { DemoCatalogue, demoIdentity, DemoProducerRow, writeDemoProducer } from './demo-producers';

export interface DemoLogin {
  role: Role;
  email: string;
  password: string;
}

export interface DemoFairSummary {
  name: string;
  booths: number;
  producers: number;
}

/** The logins the banner prints, and the demo fair when there is one. */
export type DemoLogins = DemoLogin[] & { fair?: DemoFairSummary };

const PASSWORD = 'hoicho-demo-2026';
const BODY_CODE = 'so-cong-thuong-ha-noi';
/** Producers written at once; each holds a pooled connection only for its own transactions. */
const PARALLEL = 6;

interface SeededAccounts {
  organiser: AuthUser;
  producers: (DemoProducerRow & { member: AuthUser })[];
}

const authUser = (user: User): AuthUser => ({
  id: user.id,
  email: user.email,
  role: user.role,
  locale: user.locale,
  organisingBodyId: user.organisingBodyId,
  producerId: user.producerId,
  sessionId: 'demo-seed',
});

async function inParallel<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * First-run demo data: Hà Nội's industry and trade department with its admin, organiser and
 * gate staff; producers from the craft villages with profiles, members and catalogues; and a
 * craft-village fair with its floor plan, support programmes and applications in every status.
 * Everything after the accounts goes through the libraries' services, so it obeys their rules.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly producers: ProducersService,
    private readonly products: ProductsService,
    private readonly villages: CraftVillagesService,
    private readonly fairs: FairsService,
    private readonly fairQuery: FairQueryService,
    private readonly fairEditor: FairEditorService,
    private readonly fairStatus: FairStatusService,
    private readonly zones: ZonesService,
    private readonly boothTypes: BoothTypesService,
    private readonly grid: PlanGridService,
    private readonly programmes: SupportProgrammesService,
    private readonly applications: ApplicationsDemoService,
    private readonly applicationForms: ApplicationFormService,
  ) {}

  async seed(): Promise<DemoLogins> {
    const logins: DemoLogins = [
      { role: Role.Admin, email: 'admin@hoicho.local', password: PASSWORD },
      { role: Role.Organiser, email: 'bantochuc@congthuong.hanoi.local', password: PASSWORD },
      { role: Role.GateStaff, email: 'cong@congthuong.hanoi.local', password: PASSWORD },
      { role: Role.Producer, email: 'htx@phuvinh.local', password: PASSWORD },
    ];
    const started = Date.now();
    const accounts = await this.seedAccounts(logins);
    if (accounts) await this.seedFair(accounts, started);
    logins.fair = await this.fairSummary();
    return logins;
  }

  /** The body and every login in one transaction; null when an earlier run made them. */
  private seedAccounts(logins: DemoLogin[]): Promise<SeededAccounts | null> {
    return this.transactions.run(async ({ manager }) => {
      if (await manager.getRepository(OrganisingBody).existsBy({ code: BODY_CODE })) return null;
      const body = await manager.getRepository(OrganisingBody).save({
        code: BODY_CODE,
        nameVi: 'Sở Công Thương Hà Nội',
        nameEn: 'Hanoi Department of Industry and Trade',
        email: 'sct@hanoi.local',
      });
      const specs = [PHU_VINH_HTX, ...DEMO_PRODUCERS];
      const rows: DemoProducerRow[] = [];
      for (const spec of specs) {
        const producer = await manager.getRepository(Producer).save({ legalNameVi: spec.nameVi });
        rows.push({
          spec,
          producerId: producer.id,
          email: `${spec.mail}@${DEMO_VILLAGES[spec.village].mail}`,
        });
      }
      // One hash shared by every demo login: 50 scrypt runs would slow the first start.
      const common = {
        passwordHash: await hashPassword(PASSWORD),
        locale: 'vi' as const,
        emailVerified: true,
      };
      // scrypt runs on libuv's thread pool: hashing the accounts side by side saves seconds.
      const [, organiser, , ...members] = await Promise.all([
        this.users.create(manager, {
          ...common,
          email: logins[0].email,
          fullName: 'Quản trị hệ thống',
          role: Role.Admin,
        }),
        this.users.create(manager, {
          ...common,
          email: logins[1].email,
          fullName: 'Phạm Thu Hà',
          role: Role.Organiser,
          organisingBodyId: body.id,
        }),
        this.users.create(manager, {
          ...common,
          email: logins[2].email,
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
        organiser: authUser(organiser),
        producers: rows.map((row, i) => ({ ...row, member: authUser(members[i]) })),
      };
    });
  }

  private async seedFair({ organiser, producers }: SeededAccounts, started: number): Promise<void> {
    const accountsMs = Date.now() - started;
    const now = this.clock.now();
    const { today } = demoCalendar(now);
    const villages = new Map(
      (await this.villages.list({ page: 1, pageSize: 100 })).items.map((v) => [v.name, v]),
    );
    const ids = new DemoIdentifiers();
    const identities = producers.map((row) => demoIdentity(row.spec, ids));
    const [catalogues, fair] = await Promise.all([
      inParallel(producers, PARALLEL, (row, i) => {
        const village = villages.get(row.spec.village);
        if (!village) throw new Error(`demo data: no craft village "${row.spec.village}"`);
        return writeDemoProducer(
          { producers: this.producers, products: this.products },
          row,
          i,
          village,
          identities[i],
          today,
        );
      }),
      buildDemoFair(
        {
          editor: this.fairEditor,
          status: this.fairStatus,
          zones: this.zones,
          boothTypes: this.boothTypes,
          grid: this.grid,
          programmes: this.programmes,
        },
        organiser,
        now,
      ),
    ]);
    const catalogueMs = Date.now() - started - accountsMs;
    const applicants = this.applicants(producers, catalogues, fair);
    const late = applicants.pop()!;
    const outcomes = {
      ...(await this.applications.seed(fair.id, organiser, applicants)),
      withdrawn_after_submitting: await this.withdrawAfterSubmitting(fair.id, late),
    };
    applicants.push(late);
    const products = catalogues.reduce((n, c) => n + c.productIds.length, 0);
    const ocop = catalogues.filter((c) => c.ocopRated).length;
    const total = Date.now() - started;
    this.logger.log(
      `seeded the demo in ${total} ms (logins ${accountsMs}, profiles and plan ${catalogueMs}, ` +
        `applications ${total - accountsMs - catalogueMs}): ${producers.length} producers with ` +
        `${products} products (${ocop} OCOP-rated), fair "${fair.name}" with ${fair.zones} zones, ` +
        `${fair.boothTypes} booth types, ${fair.booths} booths, 2 support programmes, ` +
        `${applicants.length} applications (` +
        Object.entries(outcomes)
          .map(([outcome, n]) => `${outcome} ${n}`)
          .join(', ') +
        ')',
    );
  }

  /**
   * What each producer asks for. The applications service assigns outcomes in turn, so the
   * villages are interleaved to spread approvals, refusals and drafts over every zone.
   */
  private applicants(
    producers: SeededAccounts['producers'],
    catalogues: DemoCatalogue[],
    fair: DemoFair,
  ): DemoApplicant[] {
    const byVillage = new Map<string, number[]>();
    producers.forEach((row, i) => {
      const list = byVillage.get(row.spec.village) ?? [];
      byVillage.set(row.spec.village, [...list, i]);
    });
    const order: number[] = [];
    const queues = [...byVillage.values()].map((list) => [...list]);
    while (queues.some((q) => q.length > 0)) {
      for (const q of queues) if (q.length > 0) order.push(q.shift()!);
    }
    return order.map((i) => {
      const { spec, member } = producers[i];
      const catalogue = catalogues[i];
      const village = byVillage.get(spec.village)!;
      return {
        member,
        boothTypes: spec.types ?? [STANDARD],
        zones: [DEMO_VILLAGES[spec.village].zone],
        boothsWanted: spec.booths ?? 1,
        wantsCorner: spec.corner ?? false,
        productIds: catalogue.productIds,
        // Producers of a village like to stand by its first (usually the cooperative).
        nearProducerIds:
          village.length >= 3 && village[0] !== i ? [producers[village[0]].producerId] : [],
        supportProgrammeId: this.programmeFor(spec, catalogue, fair, i),
      };
    });
  }

  /**
   * The demo service withdraws a draft, which organisers never see; a producer that submitted
   * and then pulled out shows them the withdrawn status too.
   */
  private async withdrawAfterSubmitting(fairId: string, a: DemoApplicant): Promise<number> {
    const app = await this.applicationForms.create(a.member, fairId, {
      boothsWanted: a.boothsWanted ?? 1,
      boothTypes: a.boothTypes,
      zones: a.zones,
      wantsCorner: a.wantsCorner ?? false,
      productIds: a.productIds ?? [],
      nearProducerIds: a.nearProducerIds ?? [],
      supportProgrammeId: a.supportProgrammeId ?? null,
      needs: { power: false, water: false },
    });
    await this.applicationForms.submit(a.member, app.id);
    await this.applicationForms.withdraw(a.member, app.id, {
      reason: 'Không thu xếp được người đứng gian trong những ngày hội chợ',
    });
    return 1;
  }

  /** OCOP holders claim the OCOP programme (an expired one will not count); others khuyến công. */
  private programmeFor(
    spec: DemoProducer,
    catalogue: DemoCatalogue,
    fair: DemoFair,
    index: number,
  ): string | null {
    if (catalogue.ocopRated) return fair.programmes.ocop;
    if (spec.legalForm !== 'enterprise' || index % 2 === 0) return fair.programmes.khuyenCong;
    return null;
  }

  /** The newest demo fair of the demo body, for the banner. */
  private async fairSummary(): Promise<DemoFairSummary | undefined> {
    const body = await this.dataSource.getRepository(OrganisingBody).findOneBy({ code: BODY_CODE });
    if (!body) return undefined;
    const { items } = await this.fairQuery.listByBody(body.id, { page: 1, pageSize: 100 });
    const fair = items.find((f) => f.nameVi.startsWith(DEMO_FAIR_NAME));
    if (!fair) return undefined;
    return {
      name: fair.nameVi,
      booths: (await this.fairs.getPlan(fair.id)).booths.length,
      producers: await this.dataSource.getRepository(Producer).count(),
    };
  }
}
