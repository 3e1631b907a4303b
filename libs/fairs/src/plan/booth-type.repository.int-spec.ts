import { organiserFixture } from '@hoicho/testing/fair-fixtures';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { FairsModule } from '../fairs.module';
import { FairEditorService } from '../fairs/fair-editor.service';
import { BoothTypeRepository } from './booth-type.repository';

describe('BoothTypeRepository (on the migrated schema)', () => {
  let m: TestModule;
  let types: BoothTypeRepository;
  let fairId: string;

  beforeAll(async () => {
    m = await createTestModule([FairsModule]);
    types = m.get(BoothTypeRepository);
    const organiser = await organiserFixture(m.dataSource);
    fairId = (
      await m.get(FairEditorService).create(organiser, organiser.organisingBodyId!, {
        nameVi: 'Hội chợ',
        venueName: 'Cung Văn hóa',
        venueAddress: 'Hà Nội',
        days: [{ date: '2030-03-01', opens: '08:00', closes: '21:00' }],
        applicationsOpenAt: '2030-01-01T08:00',
        applicationsCloseAt: '2030-02-01T17:00',
      })
    ).id;
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
