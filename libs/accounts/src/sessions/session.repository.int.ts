import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { Role } from '@hoicho/platform';
import { AccountsModule } from '../accounts.module';
import { UserRepository } from '../users/user.repository';
import { SessionRepository } from './session.repository';

describe('SessionRepository (on the real schema)', () => {
  let m: TestModule;
  let sessions: SessionRepository;
  let userId: string;
  beforeAll(async () => {
    m = await createTestModule([AccountsModule]);
    sessions = m.get(SessionRepository);
    userId = (await m.get(UserRepository).insert(m.dataSource.manager, {
      email: 'minh@example.vn',
      passwordHash: 'x',
      fullName: 'Trần Minh',
      role: Role.Admin,
      locale: 'en',
      organisingBodyId: null,
      producerId: null,
      emailVerified: true,
    }))!;
  });
  afterAll(() => m.close());

  it('finds a live session by its token hash until it is revoked', async () => {
    const hash = Buffer.from('token-hash-1');
    const expiresAt = await sessions.insert(userId, hash, 2, 'jest');
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now());
    const live = await sessions.findLive(hash);
    expect(live).toMatchObject({ id: userId, email: 'minh@example.vn', locale: 'en' });
    expect((await sessions.listActive(userId)).map((s) => s.id)).toEqual([live!.session_id]);
    expect(await sessions.revoke(userId, live!.session_id)).toBe(true);
    expect(await sessions.revoke(userId, live!.session_id)).toBe(false);
    expect(await sessions.findLive(hash)).toBeUndefined();
  });

  it('revokes every session of a user', async () => {
    await sessions.insert(userId, Buffer.from('token-hash-2'), 2, null);
    await sessions.insert(userId, Buffer.from('token-hash-3'), 2, null);
    await sessions.revokeAll(m.dataSource.manager, userId);
    expect(await sessions.listActive(userId)).toEqual([]);
  });
});
