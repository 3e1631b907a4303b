import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { QueryFailedError } from 'typeorm';
import { AppError, AuthUser, TransactionRunner } from '@hoicho/platform';
import { applicationExists, notEditable } from '../applications.errors';
import { CreateApplicationDto, UpdateApplicationDto } from '../dto/application-input.dto';
import { ApplicationDto } from '../dto/application-view.dto';
import { ApplicationEventRepository } from '../entities/application-event.repository';
import { ApplicationRepository } from '../entities/application.repository';
import { ApplicationWishes } from './application-wishes';
import { OwnApplications } from './own-applications';
import { ProducerFairs } from './producer-fairs';

const newReference = () => `HC-${randomBytes(5).toString('hex').toUpperCase()}`;

/**
 * A producer starts an application as a draft and changes it, while the fair is open and
 * inside its window; one live application per producer and fair.
 */
@Injectable()
export class DraftApplicationsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly fairs: ProducerFairs,
    private readonly wishes: ApplicationWishes,
    private readonly own: OwnApplications,
    private readonly applications: ApplicationRepository,
    private readonly events: ApplicationEventRepository,
  ) {}

  async create(user: AuthUser, fairId: string, dto: CreateApplicationDto): Promise<ApplicationDto> {
    const producerId = user.producerId;
    if (!producerId) throw AppError.notFound('Producer');
    const ctx = await this.fairs.load(fairId);
    this.fairs.assertAccepting(ctx.fair);
    const wishes = await this.wishes.resolve(producerId, dto, ctx);
    const snapshot = await this.wishes.snapshot(producerId, dto.productIds ?? [], ctx.fair);
    const saved = await this.transactions
      .run(async ({ manager }) => {
        this.fairs.assertAccepting(await this.fairs.lock(manager, fairId));
        const live = await this.applications.findLive(manager, fairId, producerId);
        if (live) throw applicationExists(live);
        const app = await this.applications.insert(manager, {
          fairId,
          producerId,
          reference: newReference(),
          status: 'draft',
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
        await this.events.append(manager, [
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
    return this.own.get(user, saved.id);
  }

  async update(user: AuthUser, id: string, dto: UpdateApplicationDto): Promise<ApplicationDto> {
    const current = await this.own.find(user, id);
    if (current.status !== 'draft') throw notEditable(current.status);
    const ctx = await this.fairs.load(current.fairId);
    this.fairs.assertAccepting(ctx.fair);
    const wishes = await this.wishes.resolve(current.producerId, dto, ctx);
    const productIds = wishes.productIds ?? current.productIds;
    const snapshot = await this.wishes.snapshot(current.producerId, productIds, ctx.fair);
    await this.transactions.run(async ({ manager }) => {
      const app = await this.own.lock(manager, user, id);
      if (app.status !== 'draft') throw notEditable(app.status);
      await this.applications.update(manager, app.id, { ...wishes, ...snapshot });
      await this.events.append(manager, [
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
    return this.own.get(user, id);
  }
}
