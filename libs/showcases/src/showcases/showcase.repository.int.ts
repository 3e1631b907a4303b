import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import {
  addShowcase,
  createFairWorld,
  FairWorld,
  showcasesWithFixedExhibitors,
} from '../testing/showcases-fixtures';
import { ShowcaseRepository } from './showcase.repository';

describe('ShowcaseRepository (on the real schema)', () => {
  let m: TestModule;
  let showcases: ShowcaseRepository;
  let world: FairWorld;
  let other: FairWorld;
  beforeAll(async () => {
    m = await createTestModule([showcasesWithFixedExhibitors()]);
    showcases = m.get(ShowcaseRepository);
    world = await createFairWorld(m.dataSource);
    other = await createFairWorld(m.dataSource);
  });
  afterAll(() => m.close());

  it('insert stores a showcase; findInFair finds it in its own fair only, byIds by id', async () => {
    const created = await addShowcase(m, world, 'Tinh hoa gốm Bát Tràng');
    expect(created).toMatchObject({
      fairId: world.fairId,
      titleVi: 'Tinh hoa gốm Bát Tràng',
      startsOn: '2026-10-10',
      endsOn: '2026-10-11',
      createdAt: expect.any(Date),
    });
    expect(await showcases.findInFair(world.fairId, created.id)).toMatchObject({ id: created.id });
    expect(await showcases.findInFair(other.fairId, created.id)).toBeNull();
    expect((await showcases.byIds([created.id, world.fairId])).map((s) => s.id)).toEqual([
      created.id,
    ]);
    expect(await showcases.byIds([])).toEqual([]);
  });

  it('update changes the given fields; ofFair lists by start day, then title in Vietnamese order', async () => {
    const later = await addShowcase(m, world, 'Ánh mây tre');
    const first = await addShowcase(m, world, 'Đồ gỗ Sơn Đồng');
    const second = await addShowcase(m, world, 'Ấm trà');
    await showcases.update(later.id, { ...later, startsOn: '2026-10-11', titleEn: 'Rattan light' });
    expect(await showcases.findInFair(world.fairId, later.id)).toMatchObject({
      startsOn: '2026-10-11',
      titleEn: 'Rattan light',
    });
    const titles = (await showcases.ofFair(world.fairId)).map((s) => s.titleVi);
    expect(titles.indexOf('Ấm trà')).toBeLessThan(titles.indexOf('Đồ gỗ Sơn Đồng'));
    expect(titles.at(-1)).toBe('Ánh mây tre');
    expect([first.id, second.id].every((id) => id)).toBe(true);
    expect(await showcases.ofFair(other.fairId)).toEqual([]);
  });

  it('lockInFair holds the row in a transaction; delete removes it within its fair', async () => {
    const doomed = await addShowcase(m, world, 'Khu tạm');
    await m.transactions.run(async ({ manager }) => {
      expect(await showcases.lockInFair(manager, other.fairId, doomed.id)).toBeNull();
      expect(await showcases.lockInFair(manager, world.fairId, doomed.id)).toMatchObject({
        id: doomed.id,
      });
      await showcases.delete(manager, other.fairId, doomed.id);
      expect(await showcases.findInFair(world.fairId, doomed.id)).not.toBeNull();
      await showcases.delete(manager, world.fairId, doomed.id);
    });
    expect(await showcases.findInFair(world.fairId, doomed.id)).toBeNull();
  });
});
