import {
  ApplicantFixture,
  applicantsFixture,
  FairFixture,
  fairFixture,
} from '@hoicho/testing/fair-fixtures';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { ApplicationsModule } from '../applications.module';
import { ReviewListRepository } from './review-list.repository';

describe('ReviewListRepository (on the migrated schema)', () => {
  let m: TestModule;
  let lists: ReviewListRepository;
  let fairId: string;
  let fair: FairFixture;
  let people: ApplicantFixture[];

  beforeAll(async () => {
    m = await createTestModule([ApplicationsModule]);
    lists = m.get(ReviewListRepository);
    fair = await fairFixture(m);
    fairId = fair.id;
    people = await applicantsFixture(m, fair, 10);
    // Villages and crafts for the filters and the Vietnamese order.
    const villages = ['Phú Vinh', 'Bát Tràng', 'Đình Công', 'Chuyên Mỹ', null, 'Vạn Phúc'];
    for (const [i, village] of villages.entries()) {
      await m.dataSource.query(
        'UPDATE applications SET craft_village = $2, craft = $3, ocop_stars = $4 WHERE id = $1',
        [people[i].applicationId, village, i % 2 ? 'gom-su' : 'may-tre-dan', i % 4],
      );
    }
  });
  afterAll(() => m.close());

  it('page: submitted applications only, a staged decision counting as the status', async () => {
    const all = await lists.page(fairId, {}, 'submittedAt', 'asc', { page: 1, pageSize: 50 });
    expect(all.total).toBe(8);
    const approved = await lists.page(fairId, { status: 'approved' }, 'submittedAt', 'asc', {
      page: 1,
      pageSize: 50,
    });
    expect(approved.total).toBe(4);
    const pending = await lists.page(fairId, { pending: true }, 'status', 'asc', {
      page: 1,
      pageSize: 50,
    });
    expect(pending.rows.map((r) => r.id)).toEqual([people[3].applicationId]);
  });

  it('page: filters ignore diacritics (đ too) and sort villages in Vietnamese order', async () => {
    const dinh = await lists.page(fairId, { village: 'dinh cong' }, 'village', 'asc', {
      page: 1,
      pageSize: 50,
    });
    expect(dinh.rows.map((r) => r.craftVillage)).toEqual(['Đình Công']);
    const byVillage = await lists.page(fairId, {}, 'village', 'asc', { page: 1, pageSize: 5 });
    expect(byVillage.rows.map((r) => r.craftVillage)).toEqual([
      'Bát Tràng',
      'Chuyên Mỹ',
      'Đình Công',
      'Phú Vinh',
      'Vạn Phúc',
    ]);
    const second = await lists.page(fairId, { craft: 'gom', ocopMin: 1 }, 'ocop', 'desc', {
      page: 2,
      pageSize: 1,
    });
    expect(second.total).toBe(3);
    expect(second.rows).toHaveLength(1);
  });

  it('page: by a wished zone, by the programme claimed, producers in Vietnamese order', async () => {
    const [zone] = await m.dataSource.query<{ id: string }[]>(
      `SELECT id FROM zones WHERE fair_id = $1 AND code = 'gom-su'`,
      [fairId],
    );
    await m.dataSource.query(`UPDATE applications SET zone_ids = ARRAY[]::uuid[] WHERE id = $1`, [
      people[1].applicationId,
    ]);
    const inZone = await lists.all(fairId, { zoneId: zone.id });
    expect(inZone.map((r) => r.id)).not.toContain(people[1].applicationId);
    expect(inZone).toHaveLength(7);
    const claimed = await lists.all(fairId, { programmeId: fair.programmeId });
    expect(claimed.map((r) => r.id)).toEqual([people[0].applicationId]);
    const some = await lists.all(fairId, { ids: [people[2].applicationId] });
    expect(some.map((r) => r.id)).toEqual([people[2].applicationId]);
    expect(await lists.all(fairId, { ids: [] })).toEqual([]);
    const names = ['Đặng', 'Ánh', 'An', 'Dương', 'Ă', 'Anh', 'Bảo', 'Ân'];
    const listed = (await lists.all(fairId, {})).map((r) => r.id);
    for (const [i, id] of listed.entries()) {
      await m.dataSource.query('UPDATE applications SET producer_name = $2 WHERE id = $1', [
        id,
        names[i],
      ]);
    }
    const byName = await lists.page(fairId, {}, 'producer', 'asc', { page: 1, pageSize: 50 });
    expect(byName.rows.map((r) => r.producerName)).toEqual([
      'An',
      'Anh',
      'Ánh',
      'Ă',
      'Ân',
      'Bảo',
      'Dương',
      'Đặng',
    ]);
  });

  it('all: every match, for orders computed outside the database', async () => {
    expect((await lists.all(fairId, { craft: 'tre' })).length).toBe(3);
  });
});
