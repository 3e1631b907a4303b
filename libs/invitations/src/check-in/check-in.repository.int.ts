import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { InvitationsModule } from '../invitations.module';
import {
  addCampaign,
  addTicket,
  addVisitor,
  admit,
  createOrganiserWorld,
  invite,
} from '../testing/invitations-fixtures';
import { TicketRepository } from '../tickets/ticket.repository';
import { CheckInRepository } from './check-in.repository';

describe('CheckInRepository (on the real schema)', () => {
  let m: TestModule;
  beforeAll(async () => {
    m = await createTestModule([InvitationsModule]);
  });
  afterAll(() => m.close());

  it('admit lets one admission per active ticket in; totals, byGate and byHour count them', async () => {
    const checkIns = m.get(CheckInRepository);
    const world = await createOrganiserWorld(m);
    const campaign = await addCampaign(m, world);
    const visitors = await Promise.all(
      ['a@x.vn', 'b@x.vn', 'c@x.vn'].map((email) => addVisitor(m, world.bodyId, { email })),
    );
    const invitations = await invite(m, campaign, visitors, 'accepted');
    const tickets = await Promise.all(
      invitations.map((id, i) => addTicket(m, campaign, id, visitors[i].id, i)),
    );
    expect(await admit(m, campaign, tickets[1], 'Cổng A')).toEqual({ guests: 1 });
    expect(await admit(m, campaign, tickets[1], 'Cổng B')).toBeUndefined();
    expect(await admit(m, campaign, tickets[2], 'Cổng B')).toEqual({ guests: 2 });
    // A revoked ticket, or one of another fair, is not admitted.
    await m.transactions.run(({ manager }) =>
      m.get(TicketRepository).revoke(manager, tickets[0], 'lost'),
    );
    expect(await admit(m, campaign, tickets[0])).toBeUndefined();
    const elsewhere = await createOrganiserWorld(m);
    expect(await admit(m, { ...campaign, fairId: elsewhere.fairId }, tickets[0])).toBeUndefined();

    expect(await checkIns.totals(world.fairId)).toEqual({ admitted: 2, guests: 3 });
    expect(await checkIns.byGate(world.fairId)).toEqual([
      { gate: 'Cổng A', admitted: 1, guests: 1 },
      { gate: 'Cổng B', admitted: 1, guests: 2 },
    ]);
    expect(await checkIns.byHour(world.fairId)).toEqual([
      { hour: '2027-10-10T09:00+07:00', gate: 'Cổng A', admitted: 1 },
      { hour: '2027-10-10T09:00+07:00', gate: 'Cổng B', admitted: 1 },
    ]);
    expect(await checkIns.totals(elsewhere.fairId)).toEqual({ admitted: 0, guests: 0 });

    // Once per fair day: the next day the same ticket is admitted again.
    expect(await admit(m, campaign, tickets[1], 'Cổng B', '2027-10-11')).toEqual({ guests: 1 });
    expect(await checkIns.byDay(world.fairId)).toEqual([
      { day: '2027-10-10', gate: 'Cổng A', admitted: 1, guests: 1 },
      { day: '2027-10-10', gate: 'Cổng B', admitted: 1, guests: 2 },
      { day: '2027-10-11', gate: 'Cổng B', admitted: 1, guests: 1 },
    ]);
    expect(await checkIns.onDay(world.fairId, '2027-10-11')).toEqual([
      { ticketId: tickets[1], gate: 'Cổng B', admittedAt: new Date('2027-10-10T02:15:00Z') },
    ]);
  });
});
