import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { pingDatabase } from '../health/database-ping.repository';
import { tryAdvisoryXactLock } from './advisory-lock.repository';

describe('tryAdvisoryXactLock and pingDatabase (on the real server)', () => {
  let m: TestModule;
  beforeAll(async () => {
    m = await createTestModule([]);
  });
  afterAll(() => m.close());

  it('gives a lock to one transaction at a time and frees it when that transaction ends', async () => {
    const lock = 424242;
    await m.dataSource.transaction(async (holder) => {
      expect(await tryAdvisoryXactLock(holder, lock)).toBe(true);
      await m.dataSource.transaction(async (other) => {
        expect(await tryAdvisoryXactLock(other, lock)).toBe(false);
      });
    });
    await m.dataSource.transaction(async (later) => {
      expect(await tryAdvisoryXactLock(later, lock)).toBe(true);
    });
  });

  it('pingDatabase resolves while PostgreSQL answers', async () => {
    await expect(pingDatabase(m.dataSource)).resolves.toBeUndefined();
  });
});
