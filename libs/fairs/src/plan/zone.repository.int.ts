import { EntityManager } from 'typeorm';
import { draftFairFixture } from '@hoicho/testing/fair-fixtures';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { FairsModule } from '../fairs.module';
import { ZoneRepository } from './zone.repository';

describe('ZoneRepository (on the migrated schema)', () => {
  let m: TestModule;
  let zones: ZoneRepository;
  let fairId: string;
  const tx = <T>(work: (tx: { manager: EntityManager }) => Promise<T>) => m.transactions.run(work);

  beforeAll(async () => {
    m = await createTestModule([FairsModule]);
    zones = m.get(ZoneRepository);
    fairId = (await draftFairFixture(m)).id;
  });
  afterAll(() => m.close());

  it('insert, list (in the order made), find, anyInFair', async () => {
    expect(await tx(({ manager }) => zones.anyInFair(manager, fairId))).toBe(false);
    const a = await tx(({ manager }) =>
      zones.insert(manager, {
        fairId,
        code: 'may-tre-dan',
        nameVi: 'Mây tre đan',
        nameEn: null,
        hall: 'Nhà A',
        colour: '#ffe0a0',
      }),
    );
    const b = await tx(({ manager }) =>
      zones.insert(manager, {
        fairId,
        code: 'gom-su',
        nameVi: 'Gốm sứ',
        nameEn: 'Ceramics',
        hall: null,
        colour: null,
      }),
    );
    expect((await zones.list(fairId)).map((z) => z.code)).toEqual(['may-tre-dan', 'gom-su']);
    expect(await zones.find(fairId, b.id)).toMatchObject({ code: 'gom-su', nameEn: 'Ceramics' });
    expect(await tx(({ manager }) => zones.find(fairId, a.id, manager))).toMatchObject({
      hall: 'Nhà A',
    });
    expect(await tx(({ manager }) => zones.anyInFair(manager, fairId))).toBe(true);
  });

  it('codeTaken (another zone than the one edited), save, delete', async () => {
    const [first, second] = await zones.list(fairId);
    expect(await tx(({ manager }) => zones.codeTaken(manager, fairId, 'gom-su'))).toBe(true);
    expect(await tx(({ manager }) => zones.codeTaken(manager, fairId, 'gom-su', second.id))).toBe(
      false,
    );
    await tx(({ manager }) => zones.save(manager, { ...first, nameVi: 'Mây tre' }));
    expect((await zones.find(fairId, first.id))!.nameVi).toBe('Mây tre');
    await tx(({ manager }) => zones.delete(manager, fairId, second.id));
    expect(await zones.find(fairId, second.id)).toBeNull();
  });
});
