import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { NotificationsModule } from '../notifications.module';
import { BULK_SUPPRESSED_ADDRESSES } from './bulk-suppressed-addresses';
import { SuppressionService } from './suppression.service';

describe('bulk_suppressed_addresses (the read model other libraries join)', () => {
  let m: TestModule;
  let suppressions: SuppressionService;
  beforeAll(async () => {
    m = await createTestModule([NotificationsModule]);
    suppressions = m.get(SuppressionService);
    await suppressions.suppress('Unsubscribed@Example.VN', 'bulk', 'unsubscribed');
    await suppressions.suppress('bounced@example.vn', 'all', 'bounced');
  });
  afterAll(() => m.close());

  const listed = async (email: string): Promise<boolean> =>
    (
      await m.dataSource.query(`SELECT 1 FROM ${BULK_SUPPRESSED_ADDRESSES} WHERE email = $1`, [
        email,
      ])
    ).length > 0;

  it('lists exactly the addresses isSuppressed(email, true) refuses, in any letter case', async () => {
    for (const email of ['unsubscribed@example.vn', 'BOUNCED@example.vn', 'welcome@example.vn']) {
      expect(await listed(email)).toBe(await suppressions.isSuppressed(email, true));
    }
    expect(await listed('UNSUBSCRIBED@example.vn')).toBe(true);
    expect(await listed('welcome@example.vn')).toBe(false);
  });
});
