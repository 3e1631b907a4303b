import {
  hashPassword,
  setPasswordHashCost,
  unusablePasswordHash,
  verifyPassword,
} from './password-hasher';

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

  it('hashes at the configured cost, and a stored hash verifies at whatever cost it was made', async () => {
    const strong = await hashPassword('gốm men lam');
    try {
      setPasswordHashCost(10);
      const cheap = await hashPassword('gốm men lam');
      expect(cheap.startsWith('scrypt$1024$8$1$')).toBe(true);
      await expect(verifyPassword('gốm men lam', cheap)).resolves.toBe(true);
      await expect(verifyPassword('gốm men lam', strong)).resolves.toBe(true);
      await expect(verifyPassword('gom men lam', strong)).resolves.toBe(false);
    } finally {
      setPasswordHashCost(15);
    }
  });

  it('never matches an unusable hash', async () => {
    await expect(verifyPassword('', unusablePasswordHash())).resolves.toBe(false);
  });
});
