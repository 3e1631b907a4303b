import { hashPassword, unusablePasswordHash, verifyPassword } from './password-hasher';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('mây tre đan 2026');
    expect(hash.startsWith('scrypt$32768$8$1$')).toBe(true);
    await expect(verifyPassword('mây tre đan 2026', hash)).resolves.toBe(true);
    await expect(verifyPassword('may tre dan 2026', hash)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('never matches an unusable hash', async () => {
    await expect(verifyPassword('', unusablePasswordHash())).resolves.toBe(false);
  });
});
