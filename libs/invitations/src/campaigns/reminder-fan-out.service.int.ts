import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { InvitationsModule } from '../invitations.module';
import {
  addCampaign,
  addVisitor,
  createOrganiserWorld,
  invite,
} from '../testing/invitations-fixtures';
import { ReminderFanOutService } from './reminder-fan-out.service';
import { ReminderRepository } from './reminder.repository';

describe('ReminderFanOutService (on the real schema)', () => {
  let m: TestModule;
  beforeAll(async () => {
    m = await createTestModule([InvitationsModule]);
  });
  afterAll(() => m.close());

  it('counts the whole audience whichever of two attempts at one fan-out finishes, and records each message once', async () => {
    const world = await createOrganiserWorld(m);
    const campaign = await addCampaign(m, world);
    const visitors = await Promise.all(
      ['an@example.vn', 'binh@example.vn', 'chi@example.vn'].map((email) =>
        addVisitor(m, world.bodyId, { email }),
      ),
    );
    await invite(m, campaign, visitors);
    const reminder = await m.transactions.run(({ manager }) =>
      m.get(ReminderRepository).insert(manager, {
        campaignId: campaign.id,
        audience: 'unanswered',
        subjectVi: 'Nhắc lại',
        subjectEn: 'Reminder',
        bodyVi: 'Xin nhắc lại',
        bodyEn: 'A reminder',
        scheduledAt: new Date(Date.now() - 1000),
        createdBy: world.organiser.id,
      }),
    );
    const fanOut = m.get(ReminderFanOutService);
    const messages = async () =>
      Number(
        (
          await m.dataSource.query(
            `SELECT count(*) AS n FROM outbox_messages WHERE dedupe_key LIKE $1`,
            [`reminder:${reminder.id}:%`],
          )
        )[0].n,
      );

    // The sweep restarts a fan-out that looked stalled while the first attempt still runs.
    await Promise.all([
      fanOut.remind(campaign.id, reminder.id),
      fanOut.remind(campaign.id, reminder.id),
    ]);
    expect(await m.get(ReminderRepository).findById(reminder.id)).toMatchObject({
      status: 'sent',
      sentCount: 3,
      suppressedCount: 0,
    });
    expect(await messages()).toBe(3);

    // An attempt after one that died with its pages recorded but nothing counted (status left
    // at sending) counts them all too.
    await m.dataSource.query(
      `UPDATE campaign_reminders SET status = 'sending', sent_count = 0 WHERE id = $1`,
      [reminder.id],
    );
    await fanOut.remind(campaign.id, reminder.id);
    expect(await m.get(ReminderRepository).findById(reminder.id)).toMatchObject({
      sentCount: 3,
    });
    expect(await messages()).toBe(3);
  });
});
