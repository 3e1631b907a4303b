import { fairFixture } from '@hoicho/testing/fair-fixtures';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { ApplicationsModule } from '../applications.module';
import { ApplicationSettingsRepository } from './application-settings.repository';

describe('ApplicationSettingsRepository (on the migrated schema)', () => {
  let m: TestModule;
  beforeAll(async () => (m = await createTestModule([ApplicationsModule])));
  afterAll(() => m.close());

  it('find answers null until upsert writes the row; upsert again replaces it', async () => {
    const settings = m.get(ApplicationSettingsRepository);
    const fair = await fairFixture(m);
    expect(await settings.find(fair.id)).toBeNull();
    const row = {
      fairId: fair.id,
      craftVillagePoints: 12,
      pointsPerOcopStar: 2,
      firstParticipationPoints: 5,
      earlySubmissionPercent: 20,
      earlySubmissionPoints: 3,
      thresholds: [4, 8, 12, 16],
      depositPercent: 30,
      updatedBy: fair.organiser.id,
      updatedAt: new Date('2030-01-01T00:00:00Z'),
    };
    await settings.upsert(row);
    expect(await settings.find(fair.id)).toEqual(row);
    await settings.upsert({ ...row, depositPercent: 40 });
    await m.transactions.run(async ({ manager }) => {
      expect((await settings.find(fair.id, manager))!.depositPercent).toBe(40);
    });
    // The CHECK keeps thresholds ascending whatever the caller does.
    await expect(settings.upsert({ ...row, thresholds: [9, 8, 12, 16] })).rejects.toThrow();
  });
});
