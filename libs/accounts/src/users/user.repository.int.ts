import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { Role } from '@hoicho/platform';
import { AccountsModule } from '../accounts.module';
import { UserRepository, UserRow } from './user.repository';

describe('UserRepository (on the real schema)', () => {
  let m: TestModule;
  let users: UserRepository;
  beforeAll(async () => {
    m = await createTestModule([AccountsModule]);
    users = m.get(UserRepository);
  });
  afterAll(() => m.close());

  const row: UserRow = {
    email: 'lan@example.vn',
    passwordHash: 'hash-1',
    fullName: 'Nguyễn Thị Lan',
    role: Role.Admin,
    locale: 'vi',
    organisingBodyId: null,
    producerId: null,
    emailVerified: false,
  };
  const read = async (id: string) =>
    (
      await m.dataSource.query(
        'SELECT password_hash, email_verified_at IS NOT NULL AS verified FROM users WHERE id = $1',
        [id],
      )
    )[0];

  it('inserts an account once per email, then verifies it and sets a password', async () => {
    const id = await users.insert(m.dataSource.manager, row);
    expect(id).toEqual(expect.any(String));
    expect(await users.insert(m.dataSource.manager, { ...row, fullName: 'Khác' })).toBeNull();
    expect(await read(id!)).toEqual({ password_hash: 'hash-1', verified: false });
    await users.markEmailVerified(m.dataSource.manager, id!);
    expect((await read(id!)).verified).toBe(true);
    await users.setPassword(m.dataSource.manager, id!, 'hash-2');
    expect(await read(id!)).toEqual({ password_hash: 'hash-2', verified: true });
  });
});
