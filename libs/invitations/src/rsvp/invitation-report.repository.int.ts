import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { InvitationsModule } from '../invitations.module';
import {
  addCampaign,
  addTicket,
  addVisitor,
  admit,
  createOrganiserWorld,
  invite,
  OrganiserWorld,
} from '../testing/invitations-fixtures';
import { VisitorEntity } from '../visitors/visitor.entity';
import { InvitationReportRepository } from './invitation-report.repository';
import { InvitationRepository } from './invitation.repository';

describe('InvitationReportRepository (on the real schema)', () => {
  let m: TestModule;
  let reports: InvitationReportRepository;
  let world: OrganiserWorld;
  let an: VisitorEntity;
  let binh: VisitorEntity;

  beforeAll(async () => {
    m = await createTestModule([InvitationsModule]);
    reports = m.get(InvitationReportRepository);
    world = await createOrganiserWorld(m);
    an = await addVisitor(m, world.bodyId, { email: 'an@x.vn', name: 'An' });
    binh = await addVisitor(m, world.bodyId, { email: 'binh@x.vn', name: 'Bình' });
  });
  afterAll(() => m.close());

  it('answerCounts counts invitations per answer, guests and openings', async () => {
    const c = await addCampaign(m, world);
    const [forAn, forBinh] = await invite(m, c, [an, binh]);
    await m.transactions.run(async ({ manager }) => {
      const invitations = m.get(InvitationRepository);
      await invitations.markOpened(manager, forAn);
      await invitations.recordAnswer(manager, forBinh, {
        status: 'declined',
        guests: 0,
        answeredAt: new Date(),
      });
    });
    expect(await reports.answerCounts(c.id)).toEqual({
      invited: 2,
      pending: 1,
      accepted: 0,
      declined: 1,
      guests: 0,
      opened: 2,
    });
  });

  it('page lists by name with the active ticket and its admission; attendedCount counts admissions', async () => {
    const c = await addCampaign(m, world);
    const [forAn, forBinh] = await invite(m, c, [an, binh], 'accepted');
    const ticket = await addTicket(m, c, forBinh, binh.id, 1);
    await admit(m, c, ticket);
    const page = await reports.page(c.id, undefined, { page: 1, pageSize: 10 });
    expect(page.total).toBe(2);
    expect(page.items).toEqual([
      expect.objectContaining({
        id: forAn,
        visitorId: an.id,
        name: 'An',
        ticketId: null,
        admittedAt: null,
      }),
      expect.objectContaining({
        id: forBinh,
        name: 'Bình',
        email: 'binh@x.vn',
        rsvpStatus: 'accepted',
        ticketId: ticket,
        admittedAt: expect.any(Date),
      }),
    ]);
    expect((await reports.page(c.id, 'pending', { page: 1, pageSize: 10 })).total).toBe(0);
    expect(await reports.attendedCount(c.id)).toBe(1);
  });
});
