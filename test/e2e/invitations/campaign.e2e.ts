import request from 'supertest';
import { verifyTicket } from '@hoicho/invitations/domain';
import { bearer, createTestApp, TestApp } from '../../support/test-app';
import {
  addVisitor,
  answer,
  Body,
  createCampaign,
  mailsTo,
  qrOf,
  received,
  rsvpLink,
  sendCampaign,
  setUpBody,
  sleep,
} from './support/invitations';

describe('campaign → invitations → RSVP → tickets', () => {
  let t: TestApp;
  let body: Body;
  let publicKey: string;

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PUBLIC_PER_MINUTE: '1000' });
    body = await setUpBody(t);
    const key = await request(t.http)
      .get(`/api/v1/fairs/${body.fairId}/ticket-key`)
      .set(bearer(body.gate.token))
      .expect(200);
    publicKey = key.body.publicKey;
  });
  afterAll(() => t.close());

  const invitations = (campaignId: string) =>
    t.dataSource.query('SELECT count(*)::int AS n FROM invitations WHERE campaign_id = $1', [
      campaignId,
    ]);

  it('sends each visitor of the list exactly one email in their language, with a working link; re-sending sends nothing more', async () => {
    const token = body.organiser.token;
    await addVisitor(t, token, body.id, {
      name: 'Nguyễn Văn An',
      email: 'an.nguyen@example.vn',
      organisation: 'HTX Mây tre Phú Vinh',
      segment: 'buyer',
      language: 'vi',
    });
    await addVisitor(t, token, body.id, {
      name: 'John Smith',
      email: 'john.smith@buyer.co.uk',
      organisation: 'Smith Imports',
      segment: 'buyer',
      country: 'GB',
    });
    await addVisitor(t, token, body.id, {
      name: 'Refused Consent',
      email: 'no-thanks@example.vn',
      segment: 'buyer',
      consent: false,
    });
    await addVisitor(t, token, body.id, {
      name: 'Lê Báo Chí',
      email: 'press@example.vn',
      segment: 'press',
    });

    const campaignId = await createCampaign(t, token, body.id, {
      fairId: body.fairId,
      name: 'Khách mua – đợt 1',
      subject: { vi: '{{name}} ơi, mời dự {{fair}}', en: '{{name}}, you are invited to {{fair}}' },
      audience: { segments: ['buyer'] },
      maxGuests: 2,
    });
    const preview = await request(t.http)
      .post(`/api/v1/campaigns/${campaignId}/preview`)
      .set(bearer(token))
      .send({ locale: 'en' })
      .expect(200);
    expect(preview.body.subject).toBe(
      'Nguyễn Văn An, you are invited to Hanoi Craft Village Fair 2027',
    );
    expect(preview.body.attachments).toEqual(['hoi-cho.ics']);
    // The preview's link has a real link's shape and opens nothing.
    const previewToken = 'x'.repeat(43);
    expect(preview.body.text).toContain(`https://hoicho.test/invitations/${previewToken}`);
    await request(t.http).get(`/api/v1/invitations/${previewToken}`).expect(404);
    // Texts being typed are previewed without being saved; a typo'd placeholder is named.
    const typed = await request(t.http)
      .post(`/api/v1/campaigns/${campaignId}/preview`)
      .set(bearer(token))
      .send({
        locale: 'vi',
        subject: { vi: 'Kính mời {{name}}' },
        body: { vi: 'Gặp nhau ở {{venue}}.' },
      })
      .expect(200);
    expect(typed.body.subject).toBe('Kính mời Nguyễn Văn An');
    expect(typed.body.text).toContain('Gặp nhau ở Cung Văn hóa Hữu nghị Việt Xô, 91 Trần Hưng Đạo');
    const typo = await request(t.http)
      .post(`/api/v1/campaigns/${campaignId}/preview`)
      .set(bearer(token))
      .send({ subject: { vi: 'Kính mời {{ten}}' } })
      .expect(400);
    expect(JSON.stringify(typo.body)).toContain('subject.vi');
    const stored = await request(t.http)
      .get(`/api/v1/campaigns/${campaignId}`)
      .set(bearer(token))
      .expect(200);
    expect(stored.body.subject.vi).toBe('{{name}} ơi, mời dự {{fair}}');

    const sent = await sendCampaign(t, token, campaignId);
    expect(sent).toMatchObject({ invited: 2, suppressed: 0, audienceSize: 2 });

    const [vi] = await mailsTo(t, 'an.nguyen@example.vn', 1);
    const [en] = await mailsTo(t, 'john.smith@buyer.co.uk', 1);
    expect(vi.subject).toBe('Nguyễn Văn An ơi, mời dự Hội chợ Làng nghề Hà Nội 2027');
    expect(en.subject).toBe('John Smith, you are invited to Hanoi Craft Village Fair 2027');
    expect(vi.text).toContain('Kính gửi Nguyễn Văn An,');
    expect(vi.text).toContain('Chủ Nhật, 10/10/2027: 08:00–21:00');
    expect(vi.text).toContain('Cung Văn hóa Hữu nghị Việt Xô, 91 Trần Hưng Đạo');
    expect(vi.text).toContain('https://www.google.com/maps/search/?api=1&query=');
    expect(en.text).toContain('Dear John Smith,');
    expect(en.text).toContain('Sunday, 10/10/2027: 08:00–21:00');
    expect(en.html).toContain('View map');
    // A calendar entry per opening day, times in UTC (08:00 in Hà Nội is 01:00Z).
    const ics = en.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    expect(ics?.content.toString('utf8')).toContain(
      'DTSTART;TZID=Asia/Ho_Chi_Minh:20271010T080000',
    );
    expect(ics?.content.toString('utf8').match(/BEGIN:VEVENT/g)).toHaveLength(3);
    // Pending invitations carry no ticket yet; invitations are bulk mail.
    expect(qrOf(vi)).toBeUndefined();
    expect(vi.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(received(t, 'no-thanks@example.vn')).toEqual([]);
    expect(received(t, 'press@example.vn')).toEqual([]);

    // The link opens the invitation page.
    const link = rsvpLink(vi);
    const page = await request(t.http).get(new URL(link.url).pathname).expect(200);
    expect(page.text).toContain('Hội chợ Làng nghề Hà Nội 2027');
    expect(page.text).toContain('Nguyễn Văn An');

    // Sending again invites nobody twice, and a visitor added since is invited.
    await addVisitor(t, token, body.id, {
      name: 'Late Buyer',
      email: 'late@buyer.example',
      segment: 'buyer',
      language: 'en',
    });
    const again = await sendCampaign(t, token, campaignId);
    expect(again.invited).toBe(3);
    await mailsTo(t, 'late@buyer.example', 1);
    await sleep(1500);
    expect(received(t, 'an.nguyen@example.vn')).toHaveLength(1);
    expect(received(t, 'john.smith@buyer.co.uk')).toHaveLength(1);
    expect(await invitations(campaignId)).toEqual([{ n: 3 }]);

    // One invitation per visitor per campaign is the database's rule, not only the code's.
    await expect(
      t.dataSource.query(
        `INSERT INTO invitations (campaign_id, visitor_id, organising_body_id, fair_id, token_hash, token_sealed)
         SELECT campaign_id, visitor_id, organising_body_id, fair_id, decode(repeat('0', 64), 'hex'), 'x'
           FROM invitations WHERE campaign_id = $1 LIMIT 1`,
        [campaignId],
      ),
    ).rejects.toThrow(/invitations_one_per_visitor/);

    // Accept with a guest: a ticket, in the answer and by email with a decodable QR.
    const accepted = await answer(t, link.token, { answer: 'accept', guests: 1 }).expect(200);
    expect(accepted.body).toMatchObject({ rsvpStatus: 'accepted', guests: 1, canAnswer: true });
    const code: string = accepted.body.ticket.code;
    expect(code).toMatch(/^HC1\./);
    expect(accepted.body.ticket.qrSvg).toContain('<svg');
    const verified = verifyTicket(code, publicKey, new Date());
    expect(verified).toMatchObject({
      valid: true,
      payload: { fairId: body.fairId, ticketId: accepted.body.ticket.id, initials: 'NVA' },
    });
    const [ticketMail] = await mailsTo(t, 'an.nguyen@example.vn', 1, (m) =>
      m.subject.startsWith('Vé tham dự'),
    );
    expect(qrOf(ticketMail)).toBe(code);
    expect(ticketMail.headers['list-unsubscribe']).toBeUndefined();

    // More guests than allowed is refused, naming the field; a double click changes nothing.
    const tooMany = await answer(t, link.token, { answer: 'accept', guests: 3 }).expect(400);
    expect(tooMany.body.fields).toEqual([expect.objectContaining({ field: 'guests' })]);
    const same = await answer(t, link.token, { answer: 'accept', guests: 1 }).expect(200);
    expect(same.body.ticket.code).toBe(code);

    // Change of answer: declining revokes the ticket, accepting again issues a new one.
    const declined = await answer(t, link.token, { answer: 'decline' }).expect(200);
    expect(declined.body).toMatchObject({ rsvpStatus: 'declined', guests: 0, ticket: null });
    expect(
      await t.dataSource.query('SELECT status FROM tickets WHERE id = $1', [
        accepted.body.ticket.id,
      ]),
    ).toEqual([{ status: 'revoked' }]);
    const back = await answer(t, link.token, { answer: 'accept', guests: 2 }).expect(200);
    expect(back.body).toMatchObject({ rsvpStatus: 'accepted', guests: 2 });
    expect(back.body.ticket.id).not.toBe(accepted.body.ticket.id);
    const fewer = await answer(t, link.token, { answer: 'accept', guests: 0 }).expect(200);
    expect(fewer.body.ticket.id).toBe(back.body.ticket.id);

    // The English visitor declines.
    const [enLink] = [rsvpLink(en)];
    await answer(t, enLink.token, { answer: 'decline' }).expect(200);

    const progress = await request(t.http)
      .get(`/api/v1/campaigns/${campaignId}/progress`)
      .set(bearer(token))
      .expect(200);
    expect(progress.body).toMatchObject({
      status: 'sent',
      enqueued: true,
      invited: 3,
      skippedSuppressed: 0,
      answers: { pending: 1, accepted: 1, declined: 1, answered: 2, guests: 0 },
      opened: 2,
    });
    expect(progress.body.mail.total).toBe(5); // 3 invitations + 2 tickets
    const funnel = await request(t.http)
      .get(`/api/v1/campaigns/${campaignId}/funnel`)
      .set(bearer(token))
      .expect(200);
    expect(funnel.body).toMatchObject({
      invited: 3,
      sent: 3,
      opened: 2,
      answered: 2,
      accepted: 1,
      declined: 1,
      attended: 0,
    });
  });

  it('puts the ticket QR into pre-accepted invitations (VIPs)', async () => {
    const token = body.organiser.token;
    await addVisitor(t, token, body.id, {
      name: 'Đặng Thị Ánh',
      email: 'vip.anh@example.vn',
      segment: 'vip',
      tags: ['Khách mời'],
    });
    const campaignId = await createCampaign(t, token, body.id, {
      fairId: body.fairId,
      name: 'Khách VIP',
      audience: { tags: ['khách mời'] },
      preAccepted: true,
    });
    await sendCampaign(t, token, campaignId);
    const [mail] = await mailsTo(t, 'vip.anh@example.vn', 1);
    expect(mail.subject).toBe('Thư mời tham dự Hội chợ Làng nghề Hà Nội 2027');
    const code = qrOf(mail);
    expect(code).toMatch(/^HC1\./);
    // The HTML refers to the inline image by its Content-ID (the parser inlines it as data).
    expect(mail.html).toMatch(/<img src="data:image\/png;base64,[^"]+" width="200"/);
    expect(verifyTicket(code!, publicKey, new Date())).toMatchObject({
      valid: true,
      payload: { fairId: body.fairId, initials: 'DTA' },
    });
    const view = await request(t.http)
      .get(`/api/v1/invitations/${rsvpLink(mail).token}`)
      .expect(200);
    expect(view.body).toMatchObject({ rsvpStatus: 'accepted', ticket: { code } });
  });

  it('registers a walk-in visitor publicly: one ticket by email, the same answer when repeated', async () => {
    const form = { name: 'Trần Minh Đức', email: 'Duc.Tran@Example.VN', language: 'vi', guests: 1 };
    const first = await request(t.http)
      .post(`/api/v1/public/fairs/${body.fairId}/registrations`)
      .send(form)
      .expect(202);
    const [mail] = await mailsTo(t, 'duc.tran@example.vn', 1);
    expect(mail.subject).toBe('Vé tham dự Hội chợ Làng nghề Hà Nội 2027');
    expect(verifyTicket(qrOf(mail)!, publicKey, new Date())).toMatchObject({ valid: true });
    const second = await request(t.http)
      .post(`/api/v1/public/fairs/${body.fairId}/registrations`)
      .send({ ...form, name: 'Someone Else' })
      .expect(202);
    expect(second.body).toEqual(first.body);
    await sleep(1000);
    expect(received(t, 'duc.tran@example.vn')).toHaveLength(1);
    const [visitor] = await t.dataSource.query(
      'SELECT name, source, segment FROM visitors WHERE email = $1',
      ['duc.tran@example.vn'],
    );
    expect(visitor).toEqual({
      name: 'Trần Minh Đức',
      source: 'self_registration',
      segment: 'public',
    });
  });
});
