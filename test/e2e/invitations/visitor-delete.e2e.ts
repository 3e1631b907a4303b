import request from 'supertest';
import { invitationLetter } from '@hoicho/invitations/mails';
import { ERASED_RECIPIENT, OutboxService } from '@hoicho/notifications';
import { Role, TransactionRunner } from '@hoicho/platform';
import { bearer, createTestApp, createUser, SignedIn, TestApp } from '../../support/test-app';
import {
  addVisitor,
  answer,
  Body,
  createCampaign,
  mailsTo,
  rsvpLink,
  sendCampaign,
  setUpBody,
  waitUntil,
} from './support/invitations';

const AN = { name: 'Nguyễn Văn An', email: 'an.nguyen@example.vn', segment: 'buyer' };
const BINH = { name: 'Trần Thị Bình', email: 'binh.tran@example.vn', segment: 'buyer' };

describe('deleting a visitor: personal data gone, tickets revoked, figures kept', () => {
  let t: TestApp;
  let body: Body;
  let other: Body;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PUBLIC_PER_MINUTE: '1000' });
    body = await setUpBody(t);
    other = await setUpBody(t);
    admin = await createUser(t, Role.Admin);
  });
  afterAll(() => t.close());

  const as = (who: SignedIn) => ({
    get: (path: string) => request(t.http).get(`/api/v1/${path}`).set(bearer(who.token)),
    delete: (path: string) => request(t.http).delete(`/api/v1/${path}`).set(bearer(who.token)),
  });
  // Scanned on the fair's first day (10/10/2027, 10:00 in Hà Nội): tickets admit on its days only.
  const scan = (code: string) =>
    request(t.http)
      .post(`/api/v1/fairs/${body.fairId}/check-ins`)
      .set(bearer(body.gate.token))
      .send({ code, gate: 'Cổng A', scannedAt: '2027-10-10T03:00:00.000Z' })
      .expect(200);

  /** Invites both to one campaign; both accept (one guest each) and get a ticket. */
  async function invitedAndAccepted() {
    const ids = {
      an: await addVisitor(t, body.organiser.token, body.id, AN),
      binh: await addVisitor(t, body.organiser.token, body.id, BINH),
    };
    const campaignId = await createCampaign(t, body.organiser.token, body.id, {
      fairId: body.fairId,
      name: 'Khách mua',
      audience: { visitorIds: [ids.an, ids.binh] },
      maxGuests: 2,
    });
    await sendCampaign(t, body.organiser.token, campaignId);
    const accept = async (email: string) => {
      const link = rsvpLink((await mailsTo(t, email, 1))[0]);
      const view = await answer(t, link.token, { answer: 'accept', guests: 1 }).expect(200);
      return { link: link.token, ticket: view.body.ticket as { id: string; code: string } };
    };
    return { ids, campaignId, an: await accept(AN.email), binh: await accept(BINH.email) };
  }

  it('deletes the visitor and what names them; the gate answers revoked; funnel and admissions are unchanged', async () => {
    const { ids, campaignId, an, binh } = await invitedAndAccepted();
    expect((await scan(an.ticket.code)).body).toMatchObject({
      result: 'admitted',
      initials: 'NVA',
    });
    const organiser = as(body.organiser);
    // Once the delivery log has both invitations as sent, the funnel stands still.
    const funnel = await waitUntil('both invitations logged as sent', async () => {
      const view = (await organiser.get(`campaigns/${campaignId}/funnel`).expect(200)).body;
      return view.sent === 2 && view;
    });
    const stats = (await organiser.get(`fairs/${body.fairId}/check-ins/stats`).expect(200)).body;
    expect(funnel).toMatchObject({ invited: 2, accepted: 2, attended: 1 });
    expect(stats).toMatchObject({ admitted: 1, guests: 1 });

    // Only the body's organisers and admins; another body's visitor does not exist for them.
    await as(other.organiser).delete(`visitors/${ids.an}`).expect(404);
    await as(body.gate).delete(`visitors/${ids.an}`).expect(403);
    await organiser.get(`visitors/${ids.an}`).expect(200);

    await organiser.delete(`visitors/${ids.an}`).expect(204);
    await organiser.get(`visitors/${ids.an}`).expect(404);
    await organiser.delete(`visitors/${ids.an}`).expect(404);

    // The figures still count the anonymous invitation, ticket and check-in.
    expect((await organiser.get(`campaigns/${campaignId}/funnel`).expect(200)).body).toEqual(
      funnel,
    );
    expect((await organiser.get(`fairs/${body.fairId}/check-ins/stats`).expect(200)).body).toEqual(
      stats,
    );
    const listed = (await organiser.get(`campaigns/${campaignId}/invitations`).expect(200)).body;
    expect(listed.total).toBe(1);
    expect(listed.items.map((i: { visitor: { id: string } }) => i.visitor.id)).toEqual([ids.binh]);

    // The ticket is revoked, at the gate and on the offline list; the link opens nothing.
    expect((await scan(an.ticket.code)).body).toMatchObject({ result: 'revoked' });
    const revoked = await as(body.gate).get(`fairs/${body.fairId}/tickets/revoked`).expect(200);
    expect(revoked.body.ticketIds).toEqual([an.ticket.id]);
    await request(t.http).get(`/api/v1/invitations/${an.link}`).expect(404);
    await answer(t, an.link, { answer: 'decline' }).expect(404);

    // Nothing the area keeps names An any more; Bình is untouched.
    for (const table of ['visitors', 'invitations', 'tickets', 'check_ins', 'gate_scans']) {
      const rows: { row: string }[] = await t.dataSource.query(
        // Not the sealed link token: random text that may spell anything.
        `SELECT (to_jsonb(x) - 'token_sealed')::text AS row FROM ${table} x`,
      );
      const text = rows.map((r) => r.row).join('\n');
      expect({ table, found: /an\.nguyen@|Nguyễn Văn An|NVA/.test(text) }).toEqual({
        table,
        found: false,
      });
    }
    expect((await scan(binh.ticket.code)).body).toMatchObject({ result: 'admitted' });
    await organiser.get(`visitors/${ids.binh}`).expect(200);
  });

  it('never leaves a live ticket without a holder: the database refuses such a delete', async () => {
    const id = await addVisitor(t, body.organiser.token, body.id, {
      name: 'Lê Văn Cường',
      email: 'cuong.le@example.vn',
    });
    await request(t.http)
      .post(`/api/v1/public/fairs/${body.fairId}/registrations`)
      .send({ name: 'Lê Văn Cường', email: 'cuong.le@example.vn' })
      .expect(202);
    await expect(t.dataSource.query('DELETE FROM visitors WHERE id = $1', [id])).rejects.toThrow(
      /tickets_holderless_revoked/,
    );
    // Through the API the ticket is revoked first, so the same delete goes through.
    await as(body.organiser).delete(`visitors/${id}`).expect(204);
    const [ticket] = await t.dataSource.query(
      `SELECT t.status, t.initials, t.revoked_reason, t.visitor_id, i.rsvp_status
         FROM tickets t JOIN invitations i ON i.id = t.invitation_id
         JOIN campaigns c ON c.id = i.campaign_id
        WHERE c.fair_id = $1 AND c.kind = 'registration'`,
      [body.fairId],
    );
    expect(ticket).toEqual({
      status: 'revoked',
      initials: '',
      revoked_reason: 'the visitor was deleted',
      visitor_id: null,
      rsvp_status: 'accepted',
    });
  });

  it('stops the emails still waiting for the address and makes the delivery log forget it', async () => {
    const email = 'dung.pham@example.vn';
    const id = await addVisitor(t, body.organiser.token, body.id, {
      name: 'Phạm Thị Dung',
      email,
      segment: 'press',
    });
    const campaignId = await createCampaign(t, body.organiser.token, body.id, {
      fairId: body.fairId,
      name: 'Báo chí',
      audience: { visitorIds: [id] },
    });
    await sendCampaign(t, body.organiser.token, campaignId);
    await mailsTo(t, email, 1);
    // A reminder the body scheduled for tomorrow is still waiting in the outbox.
    const outbox = t.app.get(OutboxService);
    const [waiting] = await t.app.get(TransactionRunner).run((tx) =>
      outbox.recordMany(tx, [
        {
          template: 'invitation.letter',
          to: email,
          locale: 'vi',
          data: { ...invitationLetter.preview, fullName: 'Phạm Thị Dung' },
          dedupeKey: `erasure-test:${id}`,
          organisingBodyId: body.id,
          sendAfter: new Date(Date.now() + 24 * 3600_000),
        },
      ]),
    );

    await as(body.organiser).delete(`visitors/${id}`).expect(204);

    const rows: { id: string; status: string; recipient: string; data: object }[] =
      await t.dataSource.query(
        `SELECT id, status, recipient, data FROM outbox_messages
          WHERE organising_body_id = $1 AND (campaign_id = $2 OR id = $3)`,
        [body.id, campaignId, waiting],
      );
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.id === waiting)).toMatchObject({ status: 'suppressed' });
    expect(rows.find((r) => r.id !== waiting)).toMatchObject({ status: 'sent' });
    for (const row of rows) {
      expect(row.recipient).toBe(ERASED_RECIPIENT);
      expect(row.data).toEqual({});
    }
    const [{ n }] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM outbox_messages WHERE recipient = $1',
      [email],
    );
    expect(n).toBe(0);
  });

  it('lets an admin delete any body’s visitor; the address may join the list again as someone new', async () => {
    const id = await addVisitor(t, other.organiser.token, other.id, {
      name: 'Hoàng Thu Trang',
      email: 'trang.hoang@example.vn',
    });
    await as(admin).delete(`visitors/${id}`).expect(204);
    const again = await addVisitor(t, other.organiser.token, other.id, {
      name: 'Hoàng Thu Trang',
      email: 'trang.hoang@example.vn',
    });
    expect(again).not.toBe(id);
    await request(t.http)
      .delete(`/api/v1/visitors/not-a-uuid`)
      .set(bearer(admin.token))
      .expect(400);
  });
});
