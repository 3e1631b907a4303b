import { Injectable, Logger } from '@nestjs/common';
import {
  ApplicationsDemoService,
  ApplicationSubmissionService,
  ApplicationWithdrawalService,
  DemoApplicant,
  DraftApplicationsService,
} from '@hoicho/applications';
import { CraftVillagesService, ProducersService, ProductsService } from '@hoicho/exhibitors';
import {
  BoothTypesService,
  FairEditorService,
  FairStatusService,
  PlanGridService,
  SupportProgrammesService,
  ZonesService,
} from '@hoicho/fairs';
import { Clock } from '@hoicho/platform';
import { DEMO_LOGINS, DemoAccounts, DemoLogin, SeededAccounts } from './demo-accounts';
import { demoApplicants } from './demo-applicants';
import { demoCalendar } from './demo-calendar';
import { buildDemoFair } from './demo-fair';
import { DemoIdentifiers } from './demo-identifiers';
import { demoIdentity, writeDemoProducer } from './demo-producers';
import { DemoFairSummary, DemoSummary } from './demo-summary';

export type { DemoLogin } from './demo-accounts';
export type { DemoFairSummary } from './demo-summary';

/** The logins the banner prints, and the demo fair when there is one. */
export type DemoLogins = DemoLogin[] & { fair?: DemoFairSummary };

/** Producers written at once; each holds a pooled connection only for its own transactions. */
const PARALLEL = 6;

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
    private readonly accounts: DemoAccounts,
    private readonly summary: DemoSummary,
    private readonly clock: Clock,
    private readonly producers: ProducersService,
    private readonly products: ProductsService,
    private readonly villages: CraftVillagesService,
    private readonly fairEditor: FairEditorService,
    private readonly fairStatus: FairStatusService,
    private readonly zones: ZonesService,
    private readonly boothTypes: BoothTypesService,
    private readonly grid: PlanGridService,
    private readonly programmes: SupportProgrammesService,
    private readonly applications: ApplicationsDemoService,
    private readonly drafts: DraftApplicationsService,
    private readonly submissions: ApplicationSubmissionService,
    private readonly withdrawals: ApplicationWithdrawalService,
  ) {}

  async seed(): Promise<DemoLogins> {
    const logins: DemoLogins = DEMO_LOGINS.map((login) => ({ ...login }));
    const started = Date.now();
    const accounts = await this.accounts.seed();
    if (accounts) await this.seedFair(accounts, started);
    logins.fair = await this.summary.fair();
    return logins;
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
    const applicants = demoApplicants(producers, catalogues, fair);
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
   * The demo service withdraws a draft, which organisers never see; a producer that submitted
   * and then pulled out shows them the withdrawn status too.
   */
  private async withdrawAfterSubmitting(fairId: string, a: DemoApplicant): Promise<number> {
    const app = await this.drafts.create(a.member, fairId, {
      boothsWanted: a.boothsWanted ?? 1,
      boothTypes: a.boothTypes,
      zones: a.zones,
      wantsCorner: a.wantsCorner ?? false,
      productIds: a.productIds ?? [],
      nearProducerIds: a.nearProducerIds ?? [],
      supportProgrammeId: a.supportProgrammeId ?? null,
      needs: { power: false, water: false },
    });
    await this.submissions.submit(a.member, app.id);
    await this.withdrawals.withdraw(a.member, app.id, {
      reason: 'Không thu xếp được người đứng gian trong những ngày hội chợ',
    });
    return 1;
  }
}
