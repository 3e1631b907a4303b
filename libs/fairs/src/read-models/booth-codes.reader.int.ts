import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { FairsModule } from '../fairs.module';
import { BoothCodesReader } from './booth-codes.reader';

describe('BoothCodesReader (on the real schema)', () => {
  let m: TestModule;
  let reader: BoothCodesReader;
  /** A fair with booths of these codes; their ids in the same order. */
  const fairWithBooths = async (codes: string[]) => {
    const [body] = await m.dataSource.query(
      `INSERT INTO organising_bodies (code, name_vi) VALUES (gen_random_uuid()::text, 'Sở') RETURNING id`,
    );
    const [user] = await m.dataSource.query(
      `INSERT INTO users (email, password_hash, full_name, role, organising_body_id)
       VALUES (gen_random_uuid() || '@example.vn', 'x', 'Tổ chức', 'organiser', $1) RETURNING id`,
      [body.id],
    );
    const [fair] = await m.dataSource.query(
      `INSERT INTO fairs (organising_body_id, name_vi, venue_name, venue_address,
          applications_open_at, applications_close_at, created_by)
       VALUES ($1, 'Hội chợ', 'Cung', 'Hà Nội', now(), now() + interval '1 day', $2) RETURNING id`,
      [body.id, user.id],
    );
    const [zone] = await m.dataSource.query(
      `INSERT INTO zones (fair_id, code, name_vi) VALUES ($1, 'a', 'Khu A') RETURNING id`,
      [fair.id],
    );
    const [type] = await m.dataSource.query(
      `INSERT INTO booth_types (fair_id, code, name_vi, width_m, depth_m, price)
       VALUES ($1, 'tc', 'Tiêu chuẩn', 3, 3, 12000000) RETURNING id`,
      [fair.id],
    );
    const ids: string[] = [];
    for (const [i, code] of codes.entries()) {
      const [booth] = await m.dataSource.query(
        `INSERT INTO booths (fair_id, code, zone_id, booth_type_id, x, y, width, height)
         VALUES ($1, $2, $3, $4, $5, 0, 3, 3) RETURNING id`,
        [fair.id, code, zone.id, type.id, i * 3],
      );
      ids.push(booth.id);
    }
    return { fairId: fair.id as string, ids };
  };
  beforeAll(async () => {
    m = await createTestModule([FairsModule]);
    reader = m.get(BoothCodesReader);
  });
  afterAll(() => m.close());

  it("codes gives the codes of the fair's booths asked for, by code, and nothing of another fair", async () => {
    const fair = await fairWithBooths(['B-02', 'A-01', 'B-01']);
    const other = await fairWithBooths(['C-01']);
    expect(await reader.codes(fair.fairId, [...fair.ids, ...other.ids])).toEqual([
      { boothId: fair.ids[1], code: 'A-01' },
      { boothId: fair.ids[2], code: 'B-01' },
      { boothId: fair.ids[0], code: 'B-02' },
    ]);
    expect(await reader.codes(fair.fairId, [fair.ids[0]])).toEqual([
      { boothId: fair.ids[0], code: 'B-02' },
    ]);
    expect(await reader.codes(fair.fairId, [])).toEqual([]);
  });
});
