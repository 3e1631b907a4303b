import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { InvitationsModule } from '../invitations.module';
import { addCampaign, createOrganiserWorld, OrganiserWorld } from '../testing/invitations-fixtures';
import { Campaign } from './campaign.entity';
import { ReminderRepository } from './reminder.repository';

describe('ReminderRepository (on the real schema)', () => {
  let m: TestModule;
  let reminders: ReminderRepository;
  let world: OrganiserWorld;
  let campaign: Campaign;
  beforeAll(async () => {
    m = await createTestModule([InvitationsModule]);
    reminders = m.get(ReminderRepository);
    world = await createOrganiserWorld(m);
    campaign = await addCampaign(m, world);
  });
  afterAll(() => m.close());

  const remind = (scheduledAt: Date) =>
    m.transactions.run(({ manager }) =>
      reminders.insert(manager, {
        campaignId: campaign.id,
        audience: 'unanswered',
        subjectVi: 'Nhắc lại',
        subjectEn: 'Reminder',
        bodyVi: 'Xin nhắc lại',
        bodyEn: 'A reminder',
        scheduledAt,
        createdBy: world.organiser.id,
      }),
    );

  it('insert schedules a reminder; findById and listForCampaign read it back, oldest first', async () => {
    const first = await remind(new Date('2027-09-01T01:00:00Z'));
    const second = await remind(new Date('2027-09-02T01:00:00Z'));
    expect(first).toMatchObject({ status: 'scheduled', sentCount: 0, suppressedCount: 0 });
    expect(await reminders.findById(first.id)).toMatchObject({ audience: 'unanswered' });
    const listed = await reminders.listForCampaign(campaign.id);
    expect(listed.map((r) => r.id).slice(-2)).toEqual([first.id, second.id]);
  });

  it('claimForFanOut takes a due reminder of that campaign only; touch, findStalled and finishFanOut follow it', async () => {
    const due = await remind(new Date(Date.now() - 60_000));
    const future = await remind(new Date('2099-01-01T00:00:00Z'));
    const claim = (id: string, campaignId = campaign.id) =>
      m.transactions.run(({ manager }) => reminders.claimForFanOut(manager, id, campaignId));
    expect(await claim(future.id)).toBe(false);
    expect(await claim(due.id, world.fairId)).toBe(false);
    expect(await claim(due.id)).toBe(true);

    await m.dataSource.query(
      `UPDATE campaign_reminders SET updated_at = now() - interval '1 hour' WHERE id = $1`,
      [due.id],
    );
    const stalled = () =>
      m.transactions.run(({ manager }) => reminders.findStalled(manager, 60_000));
    expect(await stalled()).toContainEqual({ id: due.id, campaignId: campaign.id });
    await m.transactions.run(({ manager }) => reminders.touch(manager, due.id));
    expect((await stalled()).map((r) => r.id)).not.toContain(due.id);

    await m.transactions.run(({ manager }) => reminders.finishFanOut(manager, due.id, 40, 2));
    expect(await reminders.findById(due.id)).toMatchObject({
      status: 'sent',
      sentCount: 40,
      suppressedCount: 2,
      fanOutFinishedAt: expect.any(Date),
    });
  });
});
