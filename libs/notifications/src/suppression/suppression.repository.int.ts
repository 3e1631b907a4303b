import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { NotificationsModule } from '../notifications.module';
import { SuppressionRepository } from './suppression.repository';

describe('SuppressionRepository (on the real schema)', () => {
  let m: TestModule;
  let suppressions: SuppressionRepository;
  beforeAll(async () => {
    m = await createTestModule([NotificationsModule]);
    suppressions = m.get(SuppressionRepository);
  });
  afterAll(() => m.close());

  it('lists an address once and says which mail it stops', async () => {
    await suppressions.insert('unsub@example.vn', 'bulk', 'unsubscribed');
    await suppressions.insert('unsub@example.vn', 'bulk', 'unsubscribed');
    await suppressions.insert('bounced@example.vn', 'all', 'bounced');
    expect(
      await m.dataSource.query(
        `SELECT count(*)::int AS n FROM suppressions WHERE email = 'unsub@example.vn'`,
      ),
    ).toEqual([{ n: 1 }]);
    expect(await suppressions.covers('unsub@example.vn', true)).toBe(true);
    expect(await suppressions.covers('unsub@example.vn', false)).toBe(false);
    expect(await suppressions.covers('bounced@example.vn', false)).toBe(true);
    expect(await suppressions.covers('welcome@example.vn', true)).toBe(false);
  });
});
