import { AllocatingFixture, allocatingFixture } from '@hoicho/testing/fair-fixtures';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { AllocationModule } from '../allocation.module';
import { AllocationPinRepository } from './allocation-pin.repository';

describe('AllocationPinRepository (on the migrated schema)', () => {
  let m: TestModule;
  let pins: AllocationPinRepository;
  let fair: AllocatingFixture;
  const booth = (code: string) => fair.booths.get(code)!;
  const app = (i: number) => fair.applicants[i].applicationId;
  const replace = (i: number, codes: string[]) =>
    m.transactions.run(({ manager }) =>
      pins.replace(manager, fair.id, app(i), codes.map(booth), fair.organiser.id),
    );

  beforeAll(async () => {
    m = await createTestModule([AllocationModule]);
    pins = m.get(AllocationPinRepository);
    fair = await allocatingFixture(m);
  });
  afterAll(() => m.close());

  it('replace sets an application’s pins (the old ones go); list reads them', async () => {
    expect(await replace(0, ['A-01'])).toBe(true);
    expect(await replace(0, ['A-03', 'A-02'])).toBe(true);
    expect(await replace(1, ['B-01'])).toBe(true);
    const rows = await pins.list(fair.id);
    expect(rows.filter((p) => p.applicationId === app(0)).map((p) => p.boothId)).toEqual([
      booth('A-03'),
      booth('A-02'),
    ]);
    expect(rows.find((p) => p.applicationId === app(1))).toMatchObject({
      boothId: booth('B-01'),
      pinnedBy: fair.organiser.id,
    });
  });

  it('a booth is pinned to one application at most: replace answers false', async () => {
    const result = await m.transactions
      .run(async ({ manager }) => {
        const ok = await pins.replace(manager, fair.id, app(2), [booth('B-01')], fair.organiser.id);
        if (!ok) throw new Error('taken');
      })
      .catch((error: Error) => error.message);
    expect(result).toBe('taken');
  });

  it('deleteForApplication answers how many went', async () => {
    expect(await pins.deleteForApplication(fair.id, app(0))).toBe(2);
    expect(await pins.deleteForApplication(fair.id, app(0))).toBe(0);
    expect((await pins.list(fair.id)).map((p) => p.applicationId)).toEqual([app(1)]);
  });
});
