import { EntityManager } from 'typeorm';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { InvitationsModule } from '../invitations.module';
import {
  addCampaign,
  addVisitor,
  createOrganiserWorld,
  inTransaction,
  invite,
  OrganiserWorld,
} from '../testing/invitations-fixtures';
import { CampaignRepository } from './campaign.repository';

describe('CampaignRepository (on the real schema)', () => {
  let m: TestModule;
  let campaigns: CampaignRepository;
  let world: OrganiserWorld;
  beforeAll(async () => {
    m = await createTestModule([InvitationsModule]);
    campaigns = m.get(CampaignRepository);
    world = await createOrganiserWorld(m);
  });
  afterAll(() => m.close());

  const write = <T>(work: (c: CampaignRepository, manager: EntityManager) => Promise<T>) =>
    inTransaction(m, (manager) => work(campaigns, manager));
  const statusOf = async (id: string) => (await campaigns.findById(id))!.status;

  it('insert makes a draft invitation campaign; findById and page read it back', async () => {
    const made = await addCampaign(m, world, { name: 'Khách VIP', audienceTags: ['vip'] });
    expect(made).toMatchObject({
      kind: 'invitation',
      status: 'draft',
      name: 'Khách VIP',
      audienceTags: ['vip'],
      invitedCount: 0,
      suppressedCount: 0,
    });
    const newer = await addCampaign(m, world, { name: 'Báo chí' });
    const page = await campaigns.page(world.bodyId, { page: 1, pageSize: 1 });
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect(page.items.map((c) => c.id)).toEqual([newer.id]);
  });

  it('updateEditable changes a draft, not a campaign that was sent', async () => {
    const c = await addCampaign(m, world);
    expect(
      await write((r, tx) => r.updateEditable(tx, c.id, { name: 'Đổi tên', maxGuests: 0 })),
    ).toBe(true);
    expect(await campaigns.findById(c.id)).toMatchObject({ name: 'Đổi tên', maxGuests: 0 });
    await write((r, tx) => r.markToSend(tx, c.id, null, null));
    expect(await write((r, tx) => r.updateEditable(tx, c.id, { name: 'Muộn' }))).toBe(false);
  });

  it('markToSend schedules or starts sending; cancel calls off a scheduled campaign only', async () => {
    const later = new Date('2027-09-01T01:00:00Z');
    const c = await addCampaign(m, world);
    expect(await write((r, tx) => r.markToSend(tx, c.id, later, null))).toBe(true);
    expect(await campaigns.findById(c.id)).toMatchObject({
      status: 'scheduled',
      scheduledAt: later,
    });
    expect(await write((r, tx) => r.cancel(tx, c.id))).toBe(true);
    expect(await statusOf(c.id)).toBe('cancelled');
    expect(await write((r, tx) => r.markToSend(tx, c.id, null, later))).toBe(false);
    expect(await write((r, tx) => r.cancel(tx, c.id))).toBe(false);

    const now = await addCampaign(m, world);
    expect(await write((r, tx) => r.markToSend(tx, now.id, null, null))).toBe(true);
    expect(await statusOf(now.id)).toBe('sending');
  });

  it('claimForFanOut takes a sending or due campaign, not a draft or one scheduled later', async () => {
    const draft = await addCampaign(m, world);
    expect(await write((r, tx) => r.claimForFanOut(tx, draft.id))).toBe(false);
    const future = await addCampaign(m, world);
    await write((r, tx) => r.markToSend(tx, future.id, new Date('2099-01-01T00:00:00Z'), null));
    expect(await write((r, tx) => r.claimForFanOut(tx, future.id))).toBe(false);
    const due = await addCampaign(m, world);
    await write((r, tx) => r.markToSend(tx, due.id, new Date(Date.now() - 60_000), null));
    expect(await write((r, tx) => r.claimForFanOut(tx, due.id))).toBe(true);
    expect(await campaigns.findById(due.id)).toMatchObject({
      status: 'sending',
      fanOutStartedAt: expect.any(Date),
    });
  });

  it('touch and finishFanOut record progress and the end, counting the invitations', async () => {
    const c = await addCampaign(m, world);
    await write((r, tx) => r.markToSend(tx, c.id, null, null));
    await m.dataSource.query(
      `UPDATE campaigns SET updated_at = now() - interval '1 hour' WHERE id = $1`,
      [c.id],
    );
    const stalled = await write((r, tx) => r.findStalled(tx, 60_000));
    expect(stalled).toContain(c.id);
    await write((r, tx) => r.touch(tx, c.id));
    expect(await write((r, tx) => r.findStalled(tx, 60_000))).not.toContain(c.id);

    const visitors = await Promise.all(
      ['a@x.vn', 'b@x.vn'].map((email) => addVisitor(m, world.bodyId, { email })),
    );
    await invite(m, c, visitors);
    await write((r, tx) => r.finishFanOut(tx, c.id, 3));
    expect(await campaigns.findById(c.id)).toMatchObject({
      status: 'sent',
      invitedCount: 2,
      suppressedCount: 3,
      fanOutFinishedAt: expect.any(Date),
    });
  });

  it('ensureRegistrationList makes the fair’s registration list once', async () => {
    const list = {
      organisingBodyId: world.bodyId,
      fairId: world.fairId,
      name: 'Đăng ký trực tuyến',
      subjectVi: 'Đăng ký',
      subjectEn: 'Registration',
      bodyVi: 'Cảm ơn',
      bodyEn: 'Thank you',
      maxGuests: 5,
    };
    const first = await write((r, tx) => r.ensureRegistrationList(tx, list));
    const again = await write((r, tx) => r.ensureRegistrationList(tx, { ...list, name: 'Khác' }));
    expect(again).toBe(first);
    expect(await campaigns.findById(first)).toMatchObject({
      kind: 'registration',
      status: 'sent',
      name: 'Đăng ký trực tuyến',
      maxGuests: 5,
    });
  });
});
