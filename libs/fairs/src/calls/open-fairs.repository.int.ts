import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { FairsModule } from '../fairs.module';
import { OpenFairsRepository } from './open-fairs.repository';

describe('OpenFairsRepository (on a real database)', () => {
  let m: TestModule;
  let fairs: OpenFairsRepository;
  let bodyId: string;
  let userId: string;
  beforeAll(async () => {
    m = await createTestModule([FairsModule]);
    fairs = m.get(OpenFairsRepository);
    [{ id: bodyId }] = await m.dataSource.query(
      `INSERT INTO organising_bodies (code, name_vi) VALUES ('ttxtth', 'Trung tâm Xúc tiến') RETURNING id`,
    );
    [{ id: userId }] = await m.dataSource.query(
      `INSERT INTO users (email, password_hash, full_name, role, locale, organising_body_id)
       VALUES ('btc@example.vn', 'x', 'Ban tổ chức', 'organiser', 'vi', $1) RETURNING id`,
      [bodyId],
    );
  });
  afterAll(() => m.close());

  async function fair(status: string, closesInDays: number): Promise<string> {
    const [{ id }] = await m.dataSource.query(
      `INSERT INTO fairs (organising_body_id, name_vi, venue_name, venue_address, applications_open_at,
                          applications_close_at, status, created_by)
       VALUES ($1, 'Hội chợ', 'Cung Việt Xô', '91 Trần Hưng Đạo', now() - interval '30 days',
               now() + $2 * interval '1 day', $3, $4) RETURNING id`,
      [bodyId, closesInDays, status, userId],
    );
    return id;
  }

  it('listOpen: open fairs whose deadline is ahead, soonest first, with their offer', async () => {
    const late = await fair('open', 9);
    const soon = await fair('open', 2);
    await fair('open', -1);
    await fair('draft', 5);
    await m.dataSource.query(
      `INSERT INTO booth_types (fair_id, code, name_vi, width_m, depth_m, price)
       VALUES ($1, 'goc', 'Gian góc', 3, 3, 15000000), ($1, 'tieu-chuan', 'Gian 3×3', 3, 3, 12000000)`,
      [soon],
    );
    const rows = await fairs.listOpen(new Date());
    expect(rows.map((row) => row.fair.id)).toEqual([soon, late]);
    expect(rows[0].boothTypes.map((t) => [t.code, t.price])).toEqual([
      ['tieu-chuan', '12000000'],
      ['goc', '15000000'],
    ]);
    expect(rows[1].boothTypes).toEqual([]);
  });

  it('findPublished: any fair but a draft', async () => {
    const cancelled = await fair('cancelled', 3);
    const draft = await fair('draft', 3);
    expect((await fairs.findPublished(cancelled))?.fair.status).toBe('cancelled');
    expect(await fairs.findPublished(draft)).toBeUndefined();
  });
});
