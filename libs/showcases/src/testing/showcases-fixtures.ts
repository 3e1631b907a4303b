import { Injectable, Module, Type } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TransactionRunner } from '@hoicho/platform';
import { DataSource } from 'typeorm';
import { FairExhibitor, FairExhibitorSource } from '../catalogue/fair-exhibitor-source';
import { CustodyStatus } from '../domain';
import { CustodyEventRepository } from '../samples/custody-event.repository';
import { CustodyStepName } from '../samples/sample-custody-event.entity';
import { ShowcaseSampleRepository } from '../samples/showcase-sample.repository';
import { ShowcasesModule } from '../showcases.module';
import { ShowcaseRepository } from '../showcases/showcase.repository';

// The showcases library on its own for the integration specs, and rows written straight into
// the other libraries' tables (as a bulk load would) to stand its showcases on.

/** The exhibitors a spec says a fair has, in place of allocation's source. */
@Injectable()
export class FixedExhibitorSource implements FairExhibitorSource {
  readonly exhibitors = new Map<string, FairExhibitor[]>();

  async exhibitorsOf(fairId: string): Promise<FairExhibitor[]> {
    return this.exhibitors.get(fairId) ?? [];
  }
}

@Module({ providers: [FixedExhibitorSource], exports: [FixedExhibitorSource] })
class FixedExhibitorSourceModule {}

export const showcasesWithFixedExhibitors = () =>
  ShowcasesModule.register({
    exhibitors: { module: FixedExhibitorSourceModule, source: FixedExhibitorSource },
  });

/** A published fair of a new organising body, its organiser, and one producer with a member. */
export interface FairWorld {
  fairId: string;
  organiserId: string;
  producerId: string;
  memberId: string;
}

export async function createFairWorld(dataSource: DataSource): Promise<FairWorld> {
  const tag = randomUUID().slice(0, 8);
  const [body]: { id: string }[] = await dataSource.query(
    `INSERT INTO organising_bodies (code, name_vi) VALUES ($1, 'Sở Công Thương Hà Nội') RETURNING id`,
    [`so-${tag}`],
  );
  const [organiser]: { id: string }[] = await dataSource.query(
    `INSERT INTO users (email, password_hash, full_name, role, organising_body_id)
     VALUES ($1, 'x', 'Người Tổ Chức', 'organiser', $2) RETURNING id`,
    [`to-chuc-${tag}@example.vn`, body.id],
  );
  const [fair]: { id: string }[] = await dataSource.query(
    `INSERT INTO fairs (organising_body_id, name_vi, venue_name, venue_address,
        applications_open_at, applications_close_at, status, created_by)
     VALUES ($1, 'Hội chợ Làng nghề Hà Nội 2026', 'Cung Văn hóa Hữu nghị', '91 Trần Hưng Đạo',
        '2026-08-01T08:00+07', '2026-09-15T17:00+07', 'published', $2) RETURNING id`,
    [body.id, organiser.id],
  );
  const producerId = await addProducer(dataSource, 'HTX Mây tre đan Phú Vinh');
  const memberId = await addMember(dataSource, producerId);
  return { fairId: fair.id, organiserId: organiser.id, producerId, memberId };
}

export async function addProducer(dataSource: DataSource, name: string): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO producers (legal_name_vi, published) VALUES ($1, true) RETURNING id`,
    [name],
  );
  return row.id;
}

export async function addMember(dataSource: DataSource, producerId: string): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO users (email, password_hash, full_name, role, producer_id)
     VALUES ($1, 'x', 'Thành Viên', 'producer', $2) RETURNING id`,
    [`thanh-vien-${randomUUID().slice(0, 8)}@example.vn`, producerId],
  );
  return row.id;
}

export async function addProduct(
  dataSource: DataSource,
  producerId: string,
  name: string,
): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO products (producer_id, name_vi, category, materials, sample_available, published)
     VALUES ($1, $2, 'Giỏ', '{}', true, true) RETURNING id`,
    [producerId, name],
  );
  return row.id;
}

/** What a spec's test module offers the fixtures below. */
export interface FixtureHost {
  dataSource: DataSource;
  transactions: TransactionRunner;
  get<T>(type: Type<T>): T;
}

export function addShowcase(host: FixtureHost, world: FairWorld, titleVi: string) {
  return host.get(ShowcaseRepository).insert({
    fairId: world.fairId,
    titleVi,
    titleEn: null,
    theme: null,
    location: null,
    curator: null,
    startsOn: '2026-10-10',
    endsOn: '2026-10-11',
    createdBy: world.organiserId,
  });
}

/** An invitation of the world's producer's product into the showcase, not yet answered. */
export function addEntry(
  host: FixtureHost,
  world: FairWorld,
  showcaseId: string,
  productId: string,
) {
  return host.get(ShowcaseSampleRepository).insertEntry({
    fairId: world.fairId,
    showcaseId,
    producerId: world.producerId,
    productId,
    origin: 'invited',
    note: null,
    quantity: 2,
    declaredValue: '1500000',
    createdBy: world.organiserId,
  });
}

/** An entry accepted with `labelCode`: custody `requested`, with its first trail event. */
export async function addAcceptedSample(
  host: FixtureHost,
  world: FairWorld,
  showcaseId: string,
  productId: string,
  labelCode: string,
): Promise<string> {
  const entry = await addEntry(host, world, showcaseId, productId);
  await host.transactions.run(async ({ manager }) => {
    await host.get(ShowcaseSampleRepository).accept(manager, entry.id, labelCode, {
      decidedBy: world.memberId,
      decidedAt: new Date(),
      decisionNote: null,
    });
    await host.get(CustodyEventRepository).append(manager, {
      sampleId: entry.id,
      fairId: world.fairId,
      step: 'request',
      fromStatus: null,
      toStatus: 'requested',
      details: { labelCode },
      actorId: world.memberId,
      occurredAt: new Date(),
    });
  });
  return entry.id;
}

/** Moves an accepted sample one custody step on, with its trail event. */
export function moveSample(
  host: FixtureHost,
  world: FairWorld,
  sampleId: string,
  move: { step: CustodyStepName; from: CustodyStatus; to: CustodyStatus; trailLength: number },
  details: Record<string, string> = {},
): Promise<void> {
  return host.transactions.run(async ({ manager }) => {
    await host.get(CustodyEventRepository).append(manager, {
      sampleId,
      fairId: world.fairId,
      step: move.step,
      fromStatus: move.from,
      toStatus: move.to,
      details,
      actorId: world.organiserId,
      occurredAt: new Date(),
    });
    await host.get(ShowcaseSampleRepository).moveCustody(manager, sampleId, {
      custodyStatus: move.to,
      trailLength: move.trailLength,
      displayLocation: details.location ?? null,
    });
  });
}
