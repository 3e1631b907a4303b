import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { ExhibitorsModule } from '../../exhibitors.module';
import { addProducer } from '../../testing/exhibitors-fixtures';
import { ProducerDisclosureRepository } from './producer-disclosure.repository';

describe('ProducerDisclosureRepository (on the real schema)', () => {
  let m: TestModule;
  let disclosures: ProducerDisclosureRepository;
  let producer: string;
  let body: string;
  let otherBody: string;
  beforeAll(async () => {
    m = await createTestModule([ExhibitorsModule]);
    disclosures = m.get(ProducerDisclosureRepository);
    producer = await addProducer(m.dataSource, { nameVi: 'HTX Gốm Bát Tràng' });
    const addBody = async (code: string) =>
      (
        await m.dataSource.query(
          'INSERT INTO organising_bodies (code, name_vi) VALUES ($1, $2) RETURNING id',
          [code, code],
        )
      )[0].id as string;
    body = await addBody('so-cong-thuong');
    otherBody = await addBody('khuyen-cong');
  });
  afterAll(() => m.close());

  it('record keeps one row per body however often; exists answers for that body only', async () => {
    expect(await disclosures.exists(producer, body)).toBe(false);
    for (let i = 0; i < 2; i++)
      await m.transactions.run(({ manager }) => disclosures.record(manager, producer, body));
    expect(await disclosures.exists(producer, body)).toBe(true);
    expect(await disclosures.exists(producer, otherBody)).toBe(false);
    const [{ n }] = await m.dataSource.query(
      'SELECT count(*)::int AS n FROM producer_disclosures WHERE producer_id = $1',
      [producer],
    );
    expect(n).toBe(1);
  });
});
