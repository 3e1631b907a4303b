import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { FairsModule } from '../fairs.module';
import { PublicFairsReader } from './public-fairs.reader';

describe('PublicFairsReader (on the real schema)', () => {
  let m: TestModule;
  let reader: PublicFairsReader;
  const fairs: Record<string, string> = {};
  beforeAll(async () => {
    m = await createTestModule([FairsModule]);
    reader = m.get(PublicFairsReader);
    const [body] = await m.dataSource.query(
      `INSERT INTO organising_bodies (code, name_vi) VALUES ('so-ct', 'Sở Công Thương') RETURNING id`,
    );
    const [user] = await m.dataSource.query(
      `INSERT INTO users (email, password_hash, full_name, role, organising_body_id)
       VALUES ('tc@example.vn', 'x', 'Tổ chức', 'organiser', $1) RETURNING id`,
      [body.id],
    );
    for (const [name, status, day] of [
      ['Xuân 2026', 'closed', '2026-02-01'],
      ['Thu 2026', 'published', '2026-10-10'],
      ['Chưa có ngày', 'running', null],
      ['Bản nháp', 'draft', '2026-12-01'],
    ] as const) {
      const [fair] = await m.dataSource.query(
        `INSERT INTO fairs (organising_body_id, name_vi, name_en, venue_name, venue_address,
            applications_open_at, applications_close_at, status, created_by)
         VALUES ($1, $2, 'In English', 'Cung Văn hóa', '91 Trần Hưng Đạo', now(), now() + interval '1 day', $3, $4)
         RETURNING id`,
        [body.id, name, status, user.id],
      );
      fairs[name] = fair.id;
      if (day) {
        await m.dataSource.query(
          `INSERT INTO fair_days (fair_id, day, opens_at, closes_at)
           VALUES ($1, $2::date + 1, '08:00', '17:00'), ($1, $2, '08:00', '21:00')`,
          [fair.id, day],
        );
      }
    }
  });
  afterAll(() => m.close());

  it('page lists the fairs in the given states, latest first day first, with their days', async () => {
    const { rows, total } = await reader.page(['published', 'running', 'closed'], 10, 0);
    expect(total).toBe(3);
    expect(rows.map((f) => f.nameVi)).toEqual(['Thu 2026', 'Xuân 2026', 'Chưa có ngày']);
    expect(rows[0]).toEqual({
      id: fairs['Thu 2026'],
      nameVi: 'Thu 2026',
      nameEn: 'In English',
      venueName: 'Cung Văn hóa',
      venueAddress: '91 Trần Hưng Đạo',
      status: 'published',
      days: [
        { date: '2026-10-10', opens: '08:00', closes: '21:00' },
        { date: '2026-10-11', opens: '08:00', closes: '17:00' },
      ],
    });
    expect(rows[2].days).toEqual([]);
    expect(await reader.page(['published', 'running', 'closed'], 1, 1)).toMatchObject({
      rows: [{ nameVi: 'Xuân 2026' }],
      total: 3,
    });
    expect(await reader.page(['draft'], 10, 5)).toEqual({ rows: [], total: 0 });
  });
});
