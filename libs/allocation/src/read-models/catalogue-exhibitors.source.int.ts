import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { AllocationModule } from '../allocation.module';
import { BoothAssignmentsReader } from './booth-assignments.reader';
import { CatalogueExhibitorsSource } from './catalogue-exhibitors.source';

describe('who exhibits at a fair, for the public catalogue (on the real schema)', () => {
  let m: TestModule;
  let fairId: string;
  let userId: string;
  const booths: Record<string, string> = {};
  const producers: Record<string, string> = {};
  const applications: Record<string, string> = {};
  const sql = (text: string, params: unknown[] = []) => m.dataSource.query(text, params);

  beforeAll(async () => {
    m = await createTestModule([AllocationModule]);
    const [body] = await sql(
      `INSERT INTO organising_bodies (code, name_vi) VALUES ('so-ct', 'Sở Công Thương') RETURNING id`,
    );
    [{ id: userId }] = await sql(
      `INSERT INTO users (email, password_hash, full_name, role, organising_body_id)
       VALUES ('tc@example.vn', 'x', 'Tổ chức', 'organiser', $1) RETURNING id`,
      [body.id],
    );
    [{ id: fairId }] = await sql(
      `INSERT INTO fairs (organising_body_id, name_vi, venue_name, venue_address,
          applications_open_at, applications_close_at, status, created_by)
       VALUES ($1, 'Hội chợ', 'Cung', 'Hà Nội', now(), now() + interval '1 day', 'published', $2)
       RETURNING id`,
      [body.id, userId],
    );
    const [zone] = await sql(
      `INSERT INTO zones (fair_id, code, name_vi) VALUES ($1, 'a', 'Khu A') RETURNING id`,
      [fairId],
    );
    const [type] = await sql(
      `INSERT INTO booth_types (fair_id, code, name_vi, width_m, depth_m, price)
       VALUES ($1, 'tc', 'Tiêu chuẩn', 3, 3, 12000000) RETURNING id`,
      [fairId],
    );
    for (const [i, code] of ['B-02', 'A-01', 'C-01'].entries()) {
      [{ id: booths[code] }] = await sql(
        `INSERT INTO booths (fair_id, code, zone_id, booth_type_id, x, y, width, height)
         VALUES ($1, $2, $3, $4, $5, 0, 3, 3) RETURNING id`,
        [fairId, code, zone.id, type.id, i * 3],
      );
    }
    // placed: approved with two booths; waiting: approved, no booth yet; withdrawn: kept its
    // booth from the last publication; refused: neither.
    for (const [i, [name, status]] of [
      ['placed', 'approved'],
      ['waiting', 'approved'],
      ['withdrawn', 'withdrawn'],
      ['refused', 'rejected'],
    ].entries()) {
      [{ id: producers[name] }] = await sql(
        `INSERT INTO producers (legal_name_vi) VALUES ($1) RETURNING id`,
        [name],
      );
      [{ id: applications[name] }] = await sql(
        `INSERT INTO applications (fair_id, producer_id, reference, status, booths_wanted,
            booth_type_ids, producer_name, created_by, submitted_by, submitted_at, decided_at)
         VALUES ($1, $2, $3, $4, 1, ARRAY[gen_random_uuid()], 'x', $5, $5, now(), now())
         RETURNING id`,
        [fairId, producers[name], `HC-00000000B${i}`, status, userId],
      );
    }
    for (const [code, owner] of [
      ['B-02', 'placed'],
      ['A-01', 'placed'],
      ['C-01', 'withdrawn'],
    ]) {
      await sql(
        `INSERT INTO booth_assignments (fair_id, booth_id, application_id, assigned_by)
         VALUES ($1, $2, $3, $4)`,
        [fairId, booths[code], applications[owner], userId],
      );
    }
  });
  afterAll(() => m.close());

  it('BoothAssignmentsReader.ofFair lists the published assignments of the fair', async () => {
    const rows = await m.get(BoothAssignmentsReader).ofFair(fairId);
    expect(rows).toHaveLength(3);
    expect(rows).toEqual(
      expect.arrayContaining([
        { applicationId: applications.placed, boothId: booths['A-01'] },
        { applicationId: applications.withdrawn, boothId: booths['C-01'] },
      ]),
    );
    expect(await m.get(BoothAssignmentsReader).ofFair(producers.placed)).toEqual([]);
  });

  it('CatalogueExhibitorsSource.exhibitorsOf: approved applicants and assigned producers, booth codes sorted', async () => {
    const exhibitors = await m.get(CatalogueExhibitorsSource).exhibitorsOf(fairId);
    expect(exhibitors).toHaveLength(3);
    expect(exhibitors).toEqual(
      expect.arrayContaining([
        { producerId: producers.placed, boothCodes: ['A-01', 'B-02'] },
        { producerId: producers.waiting, boothCodes: [] },
        { producerId: producers.withdrawn, boothCodes: ['C-01'] },
      ]),
    );
  });
});
