import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { generateFairKeyPair } from '../domain';
import { InvitationsModule } from '../invitations.module';
import { createOrganiserWorld } from '../testing/invitations-fixtures';
import { FairKeyRepository } from './fair-key.repository';

describe('FairKeyRepository (on the real schema)', () => {
  let m: TestModule;
  beforeAll(async () => {
    m = await createTestModule([InvitationsModule]);
  });
  afterAll(() => m.close());

  it('insertIfAbsent stores a fair’s first pair only; find and findPublicKey read it', async () => {
    const keys = m.get(FairKeyRepository);
    const { fairId } = await createOrganiserWorld(m);
    expect(await keys.findPublicKey(fairId)).toBeUndefined();
    const [first, second] = [generateFairKeyPair().publicKey, generateFairKeyPair().publicKey];
    await m.transactions.run(async ({ manager }) => {
      expect(await keys.find(manager, fairId)).toBeUndefined();
      await keys.insertIfAbsent(manager, fairId, { publicKey: first, privateKeySealed: 'v1.one' });
      await keys.insertIfAbsent(manager, fairId, { publicKey: second, privateKeySealed: 'v1.two' });
      expect(await keys.find(manager, fairId)).toEqual({
        publicKey: first,
        privateKeySealed: 'v1.one',
      });
    });
    expect(await keys.findPublicKey(fairId)).toBe(first);
  });
});
