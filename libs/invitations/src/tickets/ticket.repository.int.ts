import { EntityManager } from 'typeorm';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
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
} from '../testing/invitations-fixtures';
import { TicketRepository } from './ticket.repository';

describe('TicketRepository (on the real schema)', () => {
  let m: TestModule;
  let tickets: TicketRepository;
  let world: OrganiserWorld;
  let campaign: Campaign;
  beforeAll(async () => {
    m = await createTestModule([InvitationsModule]);
    tickets = m.get(TicketRepository);
    world = await createOrganiserWorld(m);
    campaign = await addCampaign(m, world);
  });
  afterAll(() => m.close());

  const tx = <T>(work: (manager: EntityManager) => Promise<T>) => inTransaction(m, work);
  const invited = async (email: string) => {
    const visitor = await addVisitor(m, world.bodyId, { email });
    const [invitationId] = await invite(m, campaign, [visitor], 'accepted');
    return { visitorId: visitor.id, invitationId };
  };

  it('insertMany, findActiveForInvitation, findInFair and findScanned read a ticket back', async () => {
    const { visitorId, invitationId } = await invited('an@x.vn');
    const id = await addTicket(m, campaign, invitationId, visitorId, 2); // insertMany
    expect(
      await tx((manager) => tickets.findActiveForInvitation(manager, invitationId)),
    ).toMatchObject({
      id,
      fairId: world.fairId,
      initials: 'NVA',
      guests: 2,
      status: 'active',
      expiresAt: new Date('2027-10-12T10:00:00Z'),
    });
    expect(await tickets.findInFair(world.fairId, id)).toMatchObject({ id });
    expect(await tickets.findInFair(campaign.id, id)).toBeNull();
    expect(await tx((manager) => tickets.findScanned(manager, id, '2027-10-10'))).toEqual({
      ticketId: id,
      fairId: world.fairId,
      status: 'active',
      guests: 2,
      admittedAt: null,
      admittedGate: null,
    });
    await admit(m, campaign, id, 'Cổng B');
    expect(await tx((manager) => tickets.findScanned(manager, id, '2027-10-10'))).toMatchObject({
      admittedAt: new Date('2027-10-10T02:15:00Z'),
      admittedGate: 'Cổng B',
    });
    expect(await tickets.guestsOf(world.fairId)).toContainEqual({ ticketId: id, guests: 2 });
    // The admission is of that day only: the next day the ticket is unused.
    expect(await tx((manager) => tickets.findScanned(manager, id, '2027-10-11'))).toMatchObject({
      admittedAt: null,
    });
  });

  it('setGuestsForInvitation and revokeForInvitation change the invitation’s active ticket', async () => {
    const { visitorId, invitationId } = await invited('binh@x.vn');
    const id = await addTicket(m, campaign, invitationId, visitorId, 1);
    await tx((manager) => tickets.setGuestsForInvitation(manager, invitationId, 3));
    expect(await tickets.findInFair(world.fairId, id)).toMatchObject({ guests: 3 });
    await tx((manager) =>
      tickets.revokeForInvitation(manager, invitationId, 'declined by the visitor'),
    );
    expect(await tickets.findInFair(world.fairId, id)).toMatchObject({
      status: 'revoked',
      revokedReason: 'declined by the visitor',
      revokedAt: expect.any(Date),
    });
    expect(
      await tx((manager) => tickets.findActiveForInvitation(manager, invitationId)),
    ).toBeNull();
    expect(await tickets.revokedIds(world.fairId)).toContain(id);
  });

  it('revoke keeps the first reason; revokeAndAnonymiseForVisitor erases the initials', async () => {
    const { visitorId, invitationId } = await invited('chau@x.vn');
    const id = await addTicket(m, campaign, invitationId, visitorId);
    expect(await tx((manager) => tickets.revoke(manager, id, 'lost'))).toMatchObject({
      status: 'revoked',
      revokedReason: 'lost',
    });
    expect(await tx((manager) => tickets.revoke(manager, id, 'again'))).toMatchObject({
      revokedReason: 'lost',
    });
    expect(
      await tx((manager) => tickets.revokeAndAnonymiseForVisitor(manager, visitorId, 'deleted')),
    ).toEqual([id]);
    expect(await tickets.findInFair(world.fairId, id)).toMatchObject({
      initials: '',
      revokedReason: 'lost',
    });
  });

  it('revokedIds lists the fair’s revoked tickets in id order', async () => {
    const ids = await tickets.revokedIds(world.fairId);
    expect(ids).toEqual([...ids].sort());
    expect(ids.length).toBeGreaterThanOrEqual(2);
  });
});
