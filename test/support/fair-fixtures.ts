import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApplicationsDemoService } from '@hoicho/applications';
import {
  BoothTypesService,
  FairEditorService,
  FairsService,
  FairStatusService,
  PlanGridService,
  SupportProgrammesService,
  ZonesService,
} from '@hoicho/fairs';
import { AuthUser, Role } from '@hoicho/platform';
import { TestModule } from './test-module';

/*
 * Rows the fairs, applications and allocation integration specs start from. People and
 * producers are written directly (their libraries' sign-up paths send letters); fairs go through
 * the fairs services, as an organiser would make them.
 */

const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const dateIn = (days: number) =>
  new Date(Date.now() + days * DAY + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);

async function user(
  dataSource: DataSource,
  role: Role,
  scope: { organisingBodyId?: string; producerId?: string },
): Promise<AuthUser> {
  const email = `${role}-${randomUUID().slice(0, 8)}@example.vn`;
  const [row] = await dataSource.query(
    `INSERT INTO users (email, password_hash, full_name, role, organising_body_id, producer_id, locale)
     VALUES ($1, 'x', 'Người Thử', $2, $3, $4, 'vi') RETURNING id`,
    [email, role, scope.organisingBodyId ?? null, scope.producerId ?? null],
  );
  return {
    id: row.id,
    email,
    role,
    locale: 'vi',
    organisingBodyId: scope.organisingBodyId ?? null,
    producerId: scope.producerId ?? null,
    sessionId: 'int-spec',
  };
}

/** An organising body and one of its organisers. */
export async function organiserFixture(dataSource: DataSource): Promise<AuthUser> {
  const code = `body-${randomUUID().slice(0, 8)}`;
  const [body] = await dataSource.query(
    `INSERT INTO organising_bodies (code, name_vi) VALUES ($1, $2) RETURNING id`,
    [code, `Ban tổ chức ${code}`],
  );
  return user(dataSource, Role.Organiser, { organisingBodyId: body.id });
}

/** A producer organisation and one member of it. */
export async function producerMemberFixture(
  dataSource: DataSource,
  name = 'HTX Mây tre đan Phú Vinh',
): Promise<AuthUser & { producerId: string }> {
  const [producer] = await dataSource.query(
    `INSERT INTO producers (legal_name_vi) VALUES ($1) RETURNING id`,
    [name],
  );
  const member = await user(dataSource, Role.Producer, { producerId: producer.id });
  return { ...member, producerId: producer.id };
}

/** A draft fair of a new body (no zones, types or booths yet), and that body's organiser. */
export async function draftFairFixture(
  m: TestModule,
): Promise<{ id: string; organiser: AuthUser }> {
  const organiser = await organiserFixture(m.dataSource);
  const fair = await m.get(FairEditorService).create(organiser, organiser.organisingBodyId!, {
    nameVi: 'Hội chợ',
    venueName: 'Cung Văn hóa',
    venueAddress: 'Hà Nội',
    days: [{ date: '2030-03-01', opens: '08:00', closes: '21:00' }],
    applicationsOpenAt: '2030-01-01T08:00',
    applicationsCloseAt: '2030-02-01T17:00',
  });
  return { id: fair.id, organiser };
}

export interface FairFixture {
  id: string;
  organiser: AuthUser;
  /** The support programme's id (500,000,000 đồng, 50% of the fee). */
  programmeId: string;
}

/**
 * A fair open for applications (window open now, first day in 40 days): zones may-tre-dan
 * and gom-su, booth type tieu-chuan (12,000,000 đồng), one row of `booths` A-01… in the
 * first zone and B-01… in the second, a support programme. `status` moves it on from open.
 */
export async function fairFixture(
  m: TestModule,
  options: { booths?: number; status?: 'open' | 'allocating' } = {},
): Promise<FairFixture> {
  const organiser = await organiserFixture(m.dataSource);
  const fair = await m.get(FairEditorService).create(organiser, organiser.organisingBodyId!, {
    nameVi: 'Hội chợ làng nghề Hà Nội',
    venueName: 'Cung Văn hóa Hữu nghị Việt Xô',
    venueAddress: '91 Trần Hưng Đạo, Hà Nội',
    days: [{ date: dateIn(40), opens: '08:00', closes: '21:00' }],
    applicationsOpenAt: at(-2),
    applicationsCloseAt: at(30),
    withdrawalDeadline: at(35),
  });
  for (const [code, nameVi] of [
    ['may-tre-dan', 'Mây tre đan'],
    ['gom-su', 'Gốm sứ'],
  ]) {
    await m.get(ZonesService).create(organiser, fair.id, { code, nameVi });
  }
  await m.get(BoothTypesService).create(organiser, fair.id, {
    code: 'tieu-chuan',
    nameVi: 'Gian tiêu chuẩn',
    widthM: 3,
    depthM: 3,
    price: '12000000',
  });
  for (const [i, zone] of ['may-tre-dan', 'gom-su'].entries()) {
    await m.get(PlanGridService).generate(organiser, fair.id, {
      zone,
      type: 'tieu-chuan',
      prefix: `${'AB'[i]}-`,
      rows: 1,
      columns: options.booths ?? 4,
      origin: { x: 0, y: i * 8 },
    });
  }
  const programme = await m.get(SupportProgrammesService).create(organiser, fair.id, {
    nameVi: 'Khuyến công 2026',
    ratePercent: 50,
    totalBudget: '500000000',
  });
  await m.get(FairStatusService).change(organiser, fair.id, { to: 'open' });
  if (options.status === 'allocating') {
    await m.get(FairStatusService).change(organiser, fair.id, { to: 'allocating' });
  }
  return { id: fair.id, organiser, programmeId: programme.id };
}

export interface ApplicantFixture {
  applicationId: string;
  producerId: string;
  member: AuthUser;
  status: string;
  pendingDecision: string | null;
}

/**
 * `count` producers apply to the open fair through the applications services, their
 * applications ending as the demo cycles them: approved (released) ×3, approved (staged),
 * waitlisted (released), rejected, submitted ×2, draft, withdrawn; the first claims the
 * fair's programme. In the order they applied.
 */
export async function applicantsFixture(
  m: TestModule,
  fair: FairFixture,
  count: number,
): Promise<ApplicantFixture[]> {
  const members: (AuthUser & { producerId: string })[] = [];
  for (let i = 0; i < count; i++) {
    members.push(await producerMemberFixture(m.dataSource, `Cơ sở thử ${i + 1}`));
  }
  await m.get(ApplicationsDemoService).seed(
    fair.id,
    fair.organiser,
    members.map((member, i) => ({
      member,
      boothTypes: ['tieu-chuan'],
      zones: ['may-tre-dan', 'gom-su'],
      supportProgrammeId: i === 0 ? fair.programmeId : null,
    })),
  );
  const rows: { id: string; producer_id: string; status: string; pending_decision: string }[] =
    await m.dataSource.query(
      `SELECT id, producer_id, status, pending_decision FROM applications
        WHERE fair_id = $1 ORDER BY created_at, id`,
      [fair.id],
    );
  const byProducer = new Map(rows.map((r) => [r.producer_id, r]));
  return members.map((member) => {
    const row = byProducer.get(member.producerId)!;
    return {
      applicationId: row.id,
      producerId: member.producerId,
      member,
      status: row.status,
      pendingDecision: row.pending_decision,
    };
  });
}

export interface AllocatingFixture extends FairFixture {
  /** Approved (released) ×3, approved (staged), waitlisted (released). */
  applicants: ApplicantFixture[];
  /** Booth ids by code: A-01…A-04, B-01…B-04. */
  booths: Map<string, string>;
}

/** The fair of `fairFixture` with five applicants (see `applicantsFixture`), now allocating. */
export async function allocatingFixture(m: TestModule): Promise<AllocatingFixture> {
  const fair = await fairFixture(m);
  const applicants = await applicantsFixture(m, fair, 5);
  await m.get(FairStatusService).change(fair.organiser, fair.id, { to: 'allocating' });
  const plan = await m.get(FairsService).getPlan(fair.id);
  return { ...fair, applicants, booths: new Map(plan.booths.map((b) => [b.code, b.id])) };
}
