import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { InvitationsModule } from '../invitations.module';
import { createOrganiserWorld } from '../testing/invitations-fixtures';
import { GateSettingsRepository } from './gate-settings.repository';

describe('GateSettingsRepository (on the real schema)', () => {
  let m: TestModule;
  beforeAll(async () => {
    m = await createTestModule([InvitationsModule]);
  });
  afterAll(() => m.close());

  it('reads nothing until set, then the last value saved; the database bounds it', async () => {
    const settings = m.get(GateSettingsRepository);
    const { fairId } = await createOrganiserWorld(m);
    expect(await settings.earlyEntryMinutes(fairId)).toBeUndefined();
    await m.transactions.run(({ manager }) => settings.save(manager, fairId, 45));
    await m.transactions.run(({ manager }) => settings.save(manager, fairId, 60));
    expect(await settings.earlyEntryMinutes(fairId)).toBe(60);
    await expect(
      m.transactions.run(({ manager }) => settings.save(manager, fairId, 721)),
    ).rejects.toThrow(/check constraint/);
  });
});
