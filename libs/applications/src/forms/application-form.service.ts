import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, Not, QueryFailedError } from 'typeorm';
import { FairDto, FairsService, SupportProgrammeDto } from '@hoicho/fairs';
import { bestValidOcopStars, OcopRating } from '@hoicho/exhibitors/domain';
import { AppError, AuthUser, Clock, FieldIssue, TransactionRunner } from '@hoicho/platform';
import {
  applicationExists,
  applicationInvalid,
  applicationsClosed,
  notEditable,
  transitionRefused,
} from '../applications.errors';
import {
  ApplicationState,
  ApplicationTransitionError,
  applyApplicationEvent,
  TransitionContext,
} from '../domain';
import {
  CreateApplicationDto,
  UpdateApplicationDto,
  WithdrawApplicationDto,
} from '../dto/application-input.dto';
import { ApplicationDto, ApplicationFormDto } from '../dto/application-view.dto';
import { Application } from '../entities/application.entity';
import { ProducerDirectory } from '../producers/producer-directory.service';
import { logEvents } from '../review/application-log';
import { ApplicationSettingsService } from '../settings/application-settings.service';
import { toApplicationDto } from '../views/application.view';
import { firstDayOf, PlanIndex, withdrawalDeadlineOf } from '../views/fair-context';

type Wishes = Pick<
  Application,
  | 'boothsWanted'
  | 'boothTypeIds'
  | 'zoneIds'
  | 'wantsCorner'
  | 'nearProducerIds'
  | 'productIds'
  | 'needsPower'
  | 'needsWater'
  | 'needsNote'
  | 'supportProgrammeId'
>;

type Snapshot = Pick<
  Application,
  | 'producerName'
  | 'legalForm'
  | 'craftVillage'
  | 'craftVillageRecognised'
  | 'craft'
  | 'ocopRatings'
  | 'ocopStars'
>;

interface FairForProducer {
  fair: FairDto;
  plan: PlanIndex;
  programmes: SupportProgrammeDto[];
}

const newReference = () => `HC-${randomBytes(5).toString('hex').toUpperCase()}`;

/**
 * The producer's side: write a draft, change it, submit it, withdraw it. A producer member
 * reaches only its own producer's applications; anything else is "not found".
 */
@Injectable()
export class ApplicationFormService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly fairs: FairsService,
    private readonly directory: ProducerDirectory,
    private readonly settings: ApplicationSettingsService,
    private readonly clock: Clock,
  ) {}

  /** Producers see fairs once they are past draft; a draft fair does not exist for them. */
  private async fairFor(fairId: string): Promise<FairForProducer> {
    const fair = await this.fairs.getFair(fairId);
    if (fair.status === 'draft') throw AppError.notFound('Fair');
    const [plan, programmes] = await Promise.all([
      this.fairs.getPlan(fairId),
      this.fairs.getSupportProgrammes(fairId),
    ]);
    return { fair, plan: new PlanIndex(plan), programmes };
  }

  /** Applications are written only while the fair is open and inside its window. */
  private assertAccepting(fair: {
    status: string;
    applicationsOpenAt: string | Date;
    applicationsCloseAt: string | Date;
  }): void {
    if (fair.status !== 'open') {
      throw applicationsClosed(`The fair is ${fair.status}, not open for applications`);
    }
    const now = this.clock.now().getTime();
    const opens = new Date(fair.applicationsOpenAt);
    const closes = new Date(fair.applicationsCloseAt);
    if (now < opens.getTime()) {
      throw applicationsClosed(`Applications open at ${opens.toISOString()}`);
    }
    if (now > closes.getTime()) {
      throw applicationsClosed(`Applications closed at ${closes.toISOString()}`);
    }
  }

  private transitionContext(fair: FairDto): TransitionContext {
    return { now: this.clock.now(), withdrawalDeadline: withdrawalDeadlineOf(fair) };
  }

  async form(fairId: string): Promise<ApplicationFormDto> {
    const { fair, plan, programmes } = await this.fairFor(fairId);
    const { depositPercent } = await this.settings.get(fairId);
    return {
      fairId: fair.id,
      nameVi: fair.nameVi,
      nameEn: fair.nameEn,
      applicationsOpenAt: fair.applicationsOpenAt,
      applicationsCloseAt: fair.applicationsCloseAt,
      withdrawalDeadline: fair.withdrawalDeadline,
      depositPercent,
      zones: [...plan.zonesById.values()].map(({ code, nameVi, nameEn }) => ({
        code,
        nameVi,
        nameEn,
      })),
      boothTypes: [...plan.typesById.values()].map(
        ({ code, nameVi, nameEn, widthM, depthM, price }) => ({
          code,
          nameVi,
          nameEn,
          widthM,
          depthM,
          price,
        }),
      ),
      supportProgrammes: programmes.map((p) => ({
        id: p.id,
        nameVi: p.nameVi,
        nameEn: p.nameEn,
        ratePercent: p.ratePercent,
        maxBoothsPerProducer: p.maxBoothsPerProducer,
        capPerBooth: p.capPerBooth,
        capPerProducer: p.capPerProducer,
        requireRecognisedCraftVillage: p.requireRecognisedCraftVillage,
        minOcopStars: p.minOcopStars,
        allowedLegalForms: p.allowedLegalForms,
      })),
    };
  }

  /**
   * Turns the wishes sent into stored ids, checking each against the fair and the producer;
   * every problem is reported at once, naming its field (`zones.1`).
   */
  private async resolve(
    producerId: string,
    dto: UpdateApplicationDto,
    ctx: FairForProducer,
  ): Promise<Partial<Wishes>> {
    const issues: FieldIssue[] = [];
    const out: Partial<Wishes> = {};
    if (dto.boothsWanted !== undefined) out.boothsWanted = dto.boothsWanted;
    if (dto.boothTypes !== undefined) {
      out.boothTypeIds = dto.boothTypes.map((code, i) => {
        const type = ctx.plan.typesByCode.get(code);
        if (!type) issues.push({ field: `boothTypes.${i}`, message: `no booth type "${code}"` });
        return type?.id ?? '';
      });
    }
    if (dto.zones !== undefined) {
      out.zoneIds = dto.zones.map((code, i) => {
        const zone = ctx.plan.zonesByCode.get(code);
        if (!zone) issues.push({ field: `zones.${i}`, message: `no zone "${code}"` });
        return zone?.id ?? '';
      });
    }
    if (dto.wantsCorner !== undefined) out.wantsCorner = dto.wantsCorner;
    if (dto.nearProducerIds !== undefined) {
      const found = await this.directory.existing(
        dto.nearProducerIds.filter((id) => id !== producerId),
      );
      dto.nearProducerIds.forEach((id, i) => {
        if (id === producerId) {
          issues.push({ field: `nearProducerIds.${i}`, message: 'is the applicant itself' });
        } else if (!found.has(id)) {
          issues.push({ field: `nearProducerIds.${i}`, message: 'is not a producer' });
        }
      });
      out.nearProducerIds = dto.nearProducerIds;
    }
    if (dto.productIds !== undefined) {
      const own = new Set(
        (await this.directory.products(producerId, dto.productIds)).map((p) => p.id),
      );
      dto.productIds.forEach((id, i) => {
        if (!own.has(id)) {
          issues.push({ field: `productIds.${i}`, message: 'is not in the producer’s catalogue' });
        }
      });
      out.productIds = dto.productIds;
    }
    if (dto.needs !== undefined) {
      out.needsPower = dto.needs?.power ?? false;
      out.needsWater = dto.needs?.water ?? false;
      out.needsNote = dto.needs?.note ?? null;
    }
    if (dto.supportProgrammeId !== undefined) {
      const id = dto.supportProgrammeId;
      if (id !== null && !ctx.programmes.some((p) => p.id === id)) {
        issues.push({ field: 'supportProgrammeId', message: 'is not a programme of this fair' });
      }
      out.supportProgrammeId = id;
    }
    if (issues.length > 0) throw applicationInvalid(issues);
    return out;
  }

  /** The producer's facts now, and the OCOP ratings of the products it will exhibit. */
  private async snapshot(
    producerId: string,
    productIds: readonly string[],
    fair: FairDto,
  ): Promise<Snapshot> {
    const facts = await this.directory.facts(producerId);
    const products = productIds.length ? await this.directory.products(producerId, productIds) : [];
    const ocopRatings: OcopRating[] = products
      .map((p) => p.ocop)
      .filter((r): r is OcopRating => r !== null);
    return {
      producerName: facts.name,
      legalForm: facts.legalForm,
      craftVillage: facts.craftVillage,
      craftVillageRecognised: facts.craftVillageRecognised,
      craft: facts.craft,
      ocopRatings,
      ocopStars: bestValidOcopStars(ocopRatings, firstDayOf(fair, this.clock.now())),
    };
  }

  private async own(user: AuthUser, id: string, manager?: EntityManager): Promise<Application> {
    if (!user.producerId) throw AppError.notFound('Application');
    const app = await (manager ?? this.dataSource.manager).getRepository(Application).findOne({
      where: { id, producerId: user.producerId },
      ...(manager ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!app) throw AppError.notFound('Application');
    return app;
  }

  private view(app: Application, ctx: FairForProducer): ApplicationDto {
    return toApplicationDto(app, ctx.plan, this.transitionContext(ctx.fair));
  }

  async list(user: AuthUser, fairId?: string): Promise<ApplicationDto[]> {
    if (!user.producerId) return [];
    const apps = await this.dataSource.getRepository(Application).find({
      where: { producerId: user.producerId, ...(fairId ? { fairId } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
    const contexts = new Map<string, FairForProducer>();
    const out: ApplicationDto[] = [];
    for (const app of apps) {
      let ctx = contexts.get(app.fairId);
      if (!ctx) {
        ctx = await this.fairFor(app.fairId);
        contexts.set(app.fairId, ctx);
      }
      out.push(this.view(app, ctx));
    }
    return out;
  }

  async get(user: AuthUser, id: string): Promise<ApplicationDto> {
    const app = await this.own(user, id);
    return this.view(app, await this.fairFor(app.fairId));
  }

  async create(user: AuthUser, fairId: string, dto: CreateApplicationDto): Promise<ApplicationDto> {
    const producerId = user.producerId;
    if (!producerId) throw AppError.notFound('Producer');
    const ctx = await this.fairFor(fairId);
    this.assertAccepting(ctx.fair);
    const wishes = await this.resolve(producerId, dto, ctx);
    const snapshot = await this.snapshot(producerId, dto.productIds ?? [], ctx.fair);
    const saved = await this.transactions
      .run(async ({ manager }) => {
        this.assertAccepting(await this.fairs.lockFair(manager, fairId));
        const live = await manager.getRepository(Application).findOne({
          select: { id: true },
          where: { fairId, producerId, status: Not('withdrawn') },
        });
        if (live) throw applicationExists(live.id);
        const app = await manager.getRepository(Application).save({
          fairId,
          producerId,
          reference: newReference(),
          status: 'draft' as const,
          pendingDecision: null,
          boothsWanted: dto.boothsWanted,
          boothTypeIds: wishes.boothTypeIds ?? [],
          zoneIds: wishes.zoneIds ?? [],
          wantsCorner: wishes.wantsCorner ?? false,
          nearProducerIds: wishes.nearProducerIds ?? [],
          productIds: wishes.productIds ?? [],
          needsPower: wishes.needsPower ?? false,
          needsWater: wishes.needsWater ?? false,
          needsNote: wishes.needsNote ?? null,
          supportProgrammeId: wishes.supportProgrammeId ?? null,
          ...snapshot,
          firstParticipation: true,
          grantHeld: '0',
          amountPaid: '0',
          createdBy: user.id,
        });
        await logEvents(manager, [
          {
            fairId,
            applicationId: app.id,
            event: 'create',
            from: null,
            to: { status: 'draft', pendingDecision: null },
            actorId: user.id,
          },
        ]);
        return app;
      })
      .catch((error: unknown) => {
        if (
          error instanceof QueryFailedError &&
          (error.driverError as { constraint?: string }).constraint ===
            'applications_one_live_per_producer'
        ) {
          throw applicationExists('');
        }
        throw error;
      });
    return this.get(user, saved.id);
  }

  async update(user: AuthUser, id: string, dto: UpdateApplicationDto): Promise<ApplicationDto> {
    const current = await this.own(user, id);
    if (current.status !== 'draft') throw notEditable(current.status);
    const ctx = await this.fairFor(current.fairId);
    this.assertAccepting(ctx.fair);
    const wishes = await this.resolve(current.producerId, dto, ctx);
    const productIds = wishes.productIds ?? current.productIds;
    const snapshot = await this.snapshot(current.producerId, productIds, ctx.fair);
    await this.transactions.run(async ({ manager }) => {
      const app = await this.own(user, id, manager);
      if (app.status !== 'draft') throw notEditable(app.status);
      await manager.getRepository(Application).update(app.id, { ...wishes, ...snapshot });
      await logEvents(manager, [
        {
          fairId: app.fairId,
          applicationId: app.id,
          event: 'update',
          from: { status: app.status, pendingDecision: null },
          to: { status: app.status, pendingDecision: null },
          data: {
            fields: Object.keys(dto).filter((k) => dto[k as keyof typeof dto] !== undefined),
          },
          actorId: user.id,
        },
      ]);
    });
    return this.get(user, id);
  }

  async submit(user: AuthUser, id: string): Promise<ApplicationDto> {
    const current = await this.own(user, id);
    const ctx = await this.fairFor(current.fairId);
    const tctx = this.transitionContext(ctx.fair);
    this.apply(current, 'submit', tctx);
    this.assertAccepting(ctx.fair);
    const snapshot = await this.snapshot(current.producerId, current.productIds, ctx.fair);
    await this.transactions.run(async ({ manager }) => {
      this.assertAccepting(await this.fairs.lockFair(manager, current.fairId));
      const app = await this.own(user, id, manager);
      const next = this.apply(app, 'submit', tctx);
      const [{ earlier }] = (await manager.query(
        `SELECT EXISTS (SELECT 1 FROM applications
           WHERE producer_id = $1 AND fair_id <> $2 AND status = 'approved') AS earlier`,
        [app.producerId, app.fairId],
      )) as { earlier: boolean }[];
      await manager.getRepository(Application).update(app.id, {
        ...snapshot,
        status: next.status,
        pendingDecision: next.pendingDecision,
        firstParticipation: !earlier,
        submittedAt: this.clock.now(),
        submittedBy: user.id,
      });
      await logEvents(manager, [
        {
          fairId: app.fairId,
          applicationId: app.id,
          event: 'submit',
          from: app,
          to: next,
          actorId: user.id,
        },
      ]);
    });
    return this.get(user, id);
  }

  async withdraw(user: AuthUser, id: string, dto: WithdrawApplicationDto): Promise<ApplicationDto> {
    const current = await this.own(user, id);
    const ctx = await this.fairFor(current.fairId);
    const tctx = this.transitionContext(ctx.fair);
    this.apply(current, 'withdraw', tctx);
    await this.transactions.run(async ({ manager }) => {
      const app = await this.own(user, id, manager);
      const next = this.apply(app, 'withdraw', tctx);
      const grant = BigInt(app.grantHeld);
      if (grant > 0n && app.supportProgrammeId) {
        await this.fairs.releaseSupportBudget(manager, app.supportProgrammeId, grant);
      }
      await manager.getRepository(Application).update(app.id, {
        status: next.status,
        pendingDecision: null,
        pendingReason: null,
        grantHeld: '0',
        withdrawnAt: this.clock.now(),
      });
      await logEvents(manager, [
        {
          fairId: app.fairId,
          applicationId: app.id,
          event: 'withdraw',
          from: app,
          to: next,
          reason: dto.reason ?? null,
          data: grant > 0n ? { grantReleased: grant.toString() } : {},
          actorId: user.id,
        },
      ]);
    });
    return this.get(user, id);
  }

  private apply(
    app: Application,
    event: 'submit' | 'withdraw',
    ctx: TransitionContext,
  ): ApplicationState {
    try {
      return applyApplicationEvent(
        { status: app.status, pendingDecision: app.pendingDecision },
        event,
        ctx,
      );
    } catch (error) {
      if (error instanceof ApplicationTransitionError) throw transitionRefused(error, ctx);
      throw error;
    }
  }
}
