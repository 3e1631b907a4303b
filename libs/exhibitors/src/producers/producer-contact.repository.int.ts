import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { ExhibitorsModule } from '../exhibitors.module';
import { addProducer } from '../testing/exhibitors-fixtures';
import { ProducerContactRepository } from './producer-contact.repository';

describe('ProducerContactRepository (on the real schema)', () => {
  let m: TestModule;
  let contacts: ProducerContactRepository;
  let producer: string;
  beforeAll(async () => {
    m = await createTestModule([ExhibitorsModule]);
    contacts = m.get(ProducerContactRepository);
    producer = await addProducer(m.dataSource, { nameVi: 'HTX Mây tre đan Phú Vinh' });
  });
  afterAll(() => m.close());

  it('replace sets the contacts in the order given; ofProducer reads them back in that order', async () => {
    const replace = (list: { name: string; phoneE164: string }[]) =>
      m.transactions.run(({ manager }) =>
        contacts.replace(
          manager,
          producer,
          list.map((c) => ({ ...c, title: null, email: null })),
        ),
      );
    await replace([
      { name: 'Chị Lan', phoneE164: '+84912345678' },
      { name: 'Anh Hùng', phoneE164: '+84987654321' },
    ]);
    expect((await contacts.ofProducer(producer)).map((c) => [c.position, c.name])).toEqual([
      [0, 'Chị Lan'],
      [1, 'Anh Hùng'],
    ]);
    await replace([{ name: 'Anh Hùng', phoneE164: '+84987654321' }]);
    expect((await contacts.ofProducer(producer)).map((c) => c.name)).toEqual(['Anh Hùng']);
    await replace([]);
    expect(await contacts.ofProducer(producer)).toEqual([]);
  });
});
