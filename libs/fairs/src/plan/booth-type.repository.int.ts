import { draftFairFixture } from '@hoicho/testing/fair-fixtures';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { FairsModule } from '../fairs.module';
import { BoothTypeRepository } from './booth-type.repository';

describe('BoothTypeRepository (on the migrated schema)', () => {
  let m: TestModule;
  let types: BoothTypeRepository;
  let fairId: string;

  beforeAll(async () => {
    m = await createTestModule([FairsModule]);
    types = m.get(BoothTypeRepository);
    fairId = (await draftFairFixture(m)).id;
  });
  afterAll(() => m.close());

  it('insert, list, find: metres as numbers, the price as a digit string of đồng', async () => {
    expect(await m.transactions.run(({ manager }) => types.anyInFair(manager, fairId))).toBe(false);
    const standard = await m.transactions.run(({ manager }) =>
      types.insert(manager, {
        fairId,
        code: 'tieu-chuan',
        nameVi: 'Gian tiêu chuẩn',
        nameEn: null,
        widthM: 3,
        depthM: 2.5,
        price: '12000000',
      }),
    );
    await m.transactions.run(({ manager }) =>
      types.insert(manager, {
        fairId,
        code: 'goc',
        nameVi: 'Gian góc',
        nameEn: 'Corner',
        widthM: 3,
        depthM: 3,
        price: '9007199254740993',
      }),
    );
    expect((await types.list(fairId)).map((t) => t.code)).toEqual(['tieu-chuan', 'goc']);
    expect(await types.find(fairId, standard.id)).toMatchObject({
      widthM: 3,
      depthM: 2.5,
      price: '12000000',
    });
    const corner = (await types.list(fairId))[1];
    expect(corner.price).toBe('9007199254740993');
    expect(await m.transactions.run(({ manager }) => types.anyInFair(manager, fairId))).toBe(true);
  });

  it('codeTaken, save, delete', async () => {
    const [standard, corner] = await types.list(fairId);
    await m.transactions.run(async ({ manager }) => {
      expect(await types.codeTaken(manager, fairId, 'goc')).toBe(true);
      expect(await types.codeTaken(manager, fairId, 'goc', corner.id)).toBe(false);
      await types.save(manager, { ...standard, price: '13000000' });
      await types.delete(manager, fairId, corner.id);
    });
    expect(
      (await m.transactions.run(({ manager }) => types.find(fairId, standard.id, manager)))!.price,
    ).toBe('13000000');
    expect(await types.find(fairId, corner.id)).toBeNull();
  });
});
