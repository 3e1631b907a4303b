import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import {
  addAcceptedSample,
  addEntry,
  addProduct,
  addShowcase,
  createFairWorld,
  FairWorld,
  moveSample,
  showcasesWithFixedExhibitors,
} from '../testing/showcases-fixtures';
import { PublicShowcasesRepository } from './public-showcases.repository';

describe('PublicShowcasesRepository (on the real schema)', () => {
  let m: TestModule;
  let showcases: PublicShowcasesRepository;
  let world: FairWorld;
  let gom: string;
  let may: string;
  let vase: string;
  let lamp: string;
  beforeAll(async () => {
    m = await createTestModule([showcasesWithFixedExhibitors()]);
    showcases = m.get(PublicShowcasesRepository);
    world = await createFairWorld(m.dataSource);
    may = (await addShowcase(m, world, 'Mây tre Phú Vinh')).id;
    gom = (await addShowcase(m, world, 'Gốm Bát Tràng')).id;
    vase = await addProduct(m.dataSource, world.producerId, 'Bình');
    lamp = await addProduct(m.dataSource, world.producerId, 'Đèn');
    await addAcceptedSample(m, world, gom, vase, 'S-0002');
    await addAcceptedSample(m, world, may, lamp, 'S-0001');
    const cancelled = await addAcceptedSample(m, world, may, vase, 'S-0003');
    await moveSample(
      m,
      world,
      cancelled,
      { step: 'cancel', from: 'requested', to: 'cancelled', trailLength: 2 },
      { note: 'Không đến' },
    );
    await addEntry(m, world, gom, lamp);
  });
  afterAll(() => m.close());

  it('ofFair lists the showcases by start day and title, dates as YYYY-MM-DD', async () => {
    const rows = await showcases.ofFair(world.fairId);
    expect(rows.map((r) => r.titleVi)).toEqual(['Gốm Bát Tràng', 'Mây tre Phú Vinh']);
    expect(rows[0]).toEqual({
      id: gom,
      titleVi: 'Gốm Bát Tràng',
      titleEn: null,
      theme: null,
      location: null,
      curator: null,
      startsOn: '2026-10-10',
      endsOn: '2026-10-11',
    });
  });

  it('acceptedSamplesOfFair and showcasesOfProduct leave out open entries and cancelled samples', async () => {
    expect(await showcases.acceptedSamplesOfFair(world.fairId)).toEqual([
      { showcaseId: may, labelCode: 'S-0001', productId: lamp },
      { showcaseId: gom, labelCode: 'S-0002', productId: vase },
    ]);
    expect(await showcases.showcasesOfProduct(world.fairId, vase)).toEqual([
      { id: gom, titleVi: 'Gốm Bát Tràng', titleEn: null, labelCode: 'S-0002' },
    ]);
  });

  it('sampleProducersOfFair names each producer an accepted sample makes an exhibitor once', async () => {
    expect(await showcases.sampleProducersOfFair(world.fairId)).toEqual([world.producerId]);
    const other = await createFairWorld(m.dataSource);
    expect(await showcases.sampleProducersOfFair(other.fairId)).toEqual([]);
  });
});
