import { randomUUID } from 'node:crypto';
import { SuppressionService } from '@hoicho/notifications';
import { EntityManager } from 'typeorm';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { REMINDER_AUDIENCES } from '../domain';
import { NIL_UUID } from '../campaigns/audience-pages';
import { Campaign } from '../campaigns/campaign.entity';
import { InvitationsModule } from '../invitations.module';
import {
  addCampaign,
  addTicket,
  addVisitor,
  admit,
  createOrganiserWorld,
  inTransaction,
  invite,
  OrganiserWorld,
  someTokenHash,
} from '../testing/invitations-fixtures';
import { VisitorEntity } from '../visitors/visitor.entity';
import { InvitationReportRepository } from './invitation-report.repository';
import { InvitationRepository } from './invitation.repository';

describe('InvitationRepository (on the real schema)', () => {
  let m: TestModule;
  let invitations: InvitationRepository;
  let reports: InvitationReportRepository;
  let world: OrganiserWorld;
  let campaign: Campaign;
  let an: VisitorEntity;
  let binh: VisitorEntity;
  let chau: VisitorEntity;

  beforeAll(async () => {
    m = await createTestModule([InvitationsModule]);
    invitations = m.get(InvitationRepository);
    reports = m.get(InvitationReportRepository);
    world = await createOrganiserWorld(m);
    campaign = await addCampaign(m, world, { subjectVi: 'Thư mời {{fair}}', maxGuests: 3 });
    an = await addVisitor(m, world.bodyId, { email: 'an@x.vn', name: 'An', language: 'vi' });
    binh = await addVisitor(m, world.bodyId, { email: 'binh@x.vn', name: 'Bình' });
    chau = await addVisitor(m, world.bodyId, { email: 'chau@x.vn', name: 'Châu', consent: false });
  });
  afterAll(() => m.close());

  const tx = <T>(work: (manager: EntityManager) => Promise<T>) => inTransaction(m, work);

  it('insertPage inserts a page once per visitor and answers only the rows it made', async () => {
    const hash = someTokenHash();
    const page = (id: string) => ({
      campaignId: campaign.id,
      organisingBodyId: world.bodyId,
      fairId: world.fairId,
      status: 'pending' as const,
      rows: [{ id, visitorId: an.id, tokenHash: hash, tokenSealed: 'sealed-an' }],
    });
    const id = randomUUID();
    expect(await tx((manager) => invitations.insertPage(manager, page(id)))).toEqual([id]);
    expect(await tx((manager) => invitations.insertPage(manager, page(randomUUID())))).toEqual([]);

    // findByTokenHash: the link's invitation with its campaign's texts and its visitor.
    expect(await tx((manager) => invitations.findByTokenHash(manager, hash, true))).toEqual({
      id,
      campaignId: campaign.id,
      visitorId: an.id,
      organisingBodyId: world.bodyId,
      fairId: world.fairId,
      rsvpStatus: 'pending',
      guests: 0,
      answeredAt: null,
      maxGuests: 3,
      subjectVi: 'Thư mời {{fair}}',
      subjectEn: 'Invitation',
      bodyVi: 'Kính mời',
      bodyEn: 'You are invited',
      name: 'An',
      email: 'an@x.vn',
      organisation: null,
      language: 'vi',
      country: null,
    });
    expect(
      await tx((manager) => invitations.findByTokenHash(manager, someTokenHash(), false)),
    ).toBeUndefined();
  });

  it('insertRegistration adds an accepted, opened invitation once per visitor', async () => {
    const list = await addCampaign(m, world);
    const registration = (id: string) => ({
      id,
      campaignId: list.id,
      visitorId: binh.id,
      organisingBodyId: world.bodyId,
      fairId: world.fairId,
      tokenHash: someTokenHash(),
      tokenSealed: 'sealed',
      guests: 2,
    });
    expect(
      await tx((manager) => invitations.insertRegistration(manager, registration(randomUUID()))),
    ).toBe(true);
    expect(
      await tx((manager) => invitations.insertRegistration(manager, registration(randomUUID()))),
    ).toBe(false);
    expect(await reports.answerCounts(list.id)).toEqual({
      invited: 1,
      pending: 0,
      accepted: 1,
      declined: 0,
      guests: 2,
      opened: 1,
    });
  });

  it('markOpened, recordAnswer and answerCounts follow the answers', async () => {
    const c = await addCampaign(m, world);
    const [forAn, forBinh] = await invite(m, c, [an, binh]);
    await tx((manager) => invitations.markOpened(manager, forAn));
    await tx((manager) =>
      invitations.recordAnswer(manager, forBinh, {
        status: 'accepted',
        guests: 2,
        answeredAt: new Date('2027-09-01T03:00:00Z'),
      }),
    );
    expect(await reports.answerCounts(c.id)).toEqual({
      invited: 2,
      pending: 1,
      accepted: 1,
      declined: 0,
      guests: 2,
      opened: 2, // an answer opens the invitation too
    });
  });

  it('reminderPage selects by answer state, opening and admission, with consent and the suppression flag', async () => {
    const c = await addCampaign(m, world);
    const [forAn, forBinh] = await invite(m, c, [an, binh, chau]);
    await tx((manager) => invitations.markOpened(manager, forAn));
    await m.get(SuppressionService).suppress('binh@x.vn', 'all', 'bounced');
    const unanswered = await invitations.reminderPage(
      c.id,
      REMINDER_AUDIENCES.unanswered,
      NIL_UUID,
      10,
    );
    expect(unanswered.map((r) => [r.invitationId, r.suppressed]).sort()).toEqual(
      [
        [forAn, false],
        [forBinh, true],
      ].sort(),
    ); // Châu refused consent
    expect(unanswered.find((r) => r.invitationId === forAn)).toMatchObject({
      id: an.id,
      email: 'an@x.vn',
      tokenSealed: 'sealed',
      rsvpStatus: 'pending',
      ticketId: null,
    });
    const notOpened = await invitations.reminderPage(
      c.id,
      REMINDER_AUDIENCES.not_opened,
      NIL_UUID,
      10,
    );
    expect(notOpened.map((r) => r.invitationId)).toEqual([forBinh]);
    const first = [forAn, forBinh].sort()[0];
    expect(
      (await invitations.reminderPage(c.id, REMINDER_AUDIENCES.unanswered, first, 10)).map(
        (r) => r.invitationId,
      ),
    ).toEqual([[forAn, forBinh].sort()[1]]);

    await tx((manager) =>
      invitations.recordAnswer(manager, forAn, {
        status: 'accepted',
        guests: 0,
        answeredAt: new Date(),
      }),
    );
    const ticket = await addTicket(m, c, forAn, an.id);
    const notYet = REMINDER_AUDIENCES.accepted_not_checked_in;
    expect(await invitations.reminderPage(c.id, notYet, NIL_UUID, 10)).toEqual([
      expect.objectContaining({
        invitationId: forAn,
        ticketId: ticket,
        ticketFairId: world.fairId,
        initials: 'NVA',
        expiresAt: expect.any(Date),
      }),
    ]);
    await admit(m, c, ticket);
    expect(await invitations.reminderPage(c.id, notYet, NIL_UUID, 10)).toEqual([]);
  });

  it('lockForVisitor takes the visitor’s invitation rows', async () => {
    const c = await addCampaign(m, world);
    const [forAn] = await invite(m, c, [an]);
    const locked = await tx(async (manager) => {
      await invitations.lockForVisitor(manager, an.id);
      // Another session cannot take the row now.
      const probe = await m.dataSource.query(
        'SELECT id FROM invitations WHERE id = $1 FOR UPDATE SKIP LOCKED',
        [forAn],
      );
      return probe.length === 0;
    });
    expect(locked).toBe(true);
  });
});
