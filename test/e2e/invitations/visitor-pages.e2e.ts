import ICAL from 'ical.js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import request from 'supertest';
import { pdfContents } from '../../support/pdf-contents';
import { createTestApp, TestApp } from '../../support/test-app';
import {
  addVisitor,
  Body,
  createCampaign,
  createFair,
  mailsTo,
  qrOf,
  rsvpLink,
  sendCampaign,
  setUpBody,
} from './support/invitations';

const qrIn = (rgba: Uint8ClampedArray | Buffer, width: number, height: number) =>
  jsQR(new Uint8ClampedArray(rgba), width, height)?.data;

/** An attribute as a browser reads it (the templates escape `=` too). */
const attrs = (html: string) => html.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');

/** The page's visible text without tags, to read what a person reads. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('the visitor’s pages: server-rendered, no JavaScript', () => {
  let t: TestApp;
  let body: Body;

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PUBLIC_PER_MINUTE: '1000' });
    body = await setUpBody(t);
  });
  afterAll(() => t.close());

  it('shows the fair’s public page in Vietnamese by default and in English when asked', async () => {
    const vi = await request(t.http).get(`/fairs/${body.fairId}`).set('Accept-Language', '');
    expect(vi.status).toBe(200);
    expect(vi.headers['content-type']).toMatch(/^text\/html/);
    expect(vi.text).toContain('<html lang="vi">');
    expect(vi.text).not.toContain('<script');
    expect(textOf(vi.text)).toContain('Hội chợ Làng nghề Hà Nội 2027');
    expect(textOf(vi.text)).toContain('Chủ Nhật, 10/10/2027: 08:00–21:00');
    expect(vi.text).toMatch(/<form method="post" action="\/fairs\/[\w-]+\/registrations">/);
    expect(vi.text).toMatch(/<link rel="stylesheet" href="\/public-assets\/page\.\w+\.css">/);

    const en = await request(t.http).get(`/fairs/${body.fairId}?lang=en`).expect(200);
    expect(en.text).toContain('<html lang="en">');
    expect(textOf(en.text)).toContain('Hanoi Craft Village Fair 2027');
    expect(textOf(en.text)).toContain('Register to visit');
    const browser = await request(t.http)
      .get(`/fairs/${body.fairId}`)
      .set('Accept-Language', 'en-GB,en;q=0.9')
      .expect(200);
    expect(browser.text).toContain('<html lang="en">');

    const css = /href="(\/public-assets\/[^"]+)"/.exec(vi.text)![1];
    const sheet = await request(t.http).get(css).expect(200);
    expect(sheet.headers['content-type']).toMatch(/^text\/css/);
    expect(sheet.headers['cache-control']).toContain('immutable');
    expect(sheet.text).toContain('#0c6b58');
  });

  it('answers a draft fair as a page that finds nothing (404)', async () => {
    const draft = await createFair(t, body.organiser.token, body.id, {}, 'draft');
    const page = await request(t.http).get(`/fairs/${draft}?lang=vi`).expect(404);
    expect(textOf(page.text)).toContain('Không tìm thấy');
    await request(t.http)
      .post(`/fairs/${draft}/registrations`)
      .type('form')
      .send({ name: 'Lê Văn Tám', email: 'tam@example.vn' })
      .expect(404);
  });

  it('re-renders the form with the wrong field named (400), keeping and escaping what was typed', async () => {
    const response = await request(t.http)
      .post(`/fairs/${body.fairId}/registrations`)
      .type('form')
      .send({ lang: 'vi', name: '<b>Bảo</b>', email: 'không phải email', guests: '9' })
      .expect(400);
    expect(response.text).toContain('aria-invalid="true" aria-describedby="email-error"');
    expect(response.text).toContain('aria-describedby="guests-error"');
    expect(response.text).not.toContain('aria-describedby="name-error"');
    expect(textOf(response.text)).toContain('Vui lòng sửa các mục được đánh dấu.');
    expect(textOf(response.text)).toMatch(/Email .*email/);
    expect(textOf(response.text)).toMatch(/Số khách đi cùng /);
    expect(response.text).toContain('value="&lt;b&gt;Bảo&lt;/b&gt;"');
    expect(response.text).not.toContain('<b>Bảo</b>');
  });

  it('registers (303 to the result page), then the mailed link opens the ticket with its PNG, PDF and .ics', async () => {
    const email = 'ngoc.anh@example.vn';
    const posted = await request(t.http)
      .post(`/fairs/${body.fairId}/registrations`)
      .type('form')
      .send({ lang: 'en', name: 'Đỗ Ngọc Ánh', email, guests: '1', consent: 'true' })
      .expect(303);
    expect(posted.headers.location).toBe(`/fairs/${body.fairId}/registered?lang=en`);
    const result = await request(t.http).get(posted.headers.location).expect(200);
    expect(textOf(result.text)).toContain('Please check your inbox');

    const [mail] = await mailsTo(t, email, 1);
    const { token } = rsvpLink(mail);
    const code = qrOf(mail)!;
    const invitation = await request(t.http).get(`/invitations/${token}?lang=vi`).expect(200);
    expect(textOf(invitation.text)).toContain('Đã nhận lời');
    expect(attrs(invitation.text)).toContain(`href="/invitations/${token}/ticket?lang=vi"`);

    const ticket = await request(t.http).get(`/invitations/${token}/ticket?lang=vi`).expect(200);
    expect(ticket.text).toContain(`src="/invitations/${token}/ticket.png"`);
    expect(ticket.text).toMatch(
      /alt="Mã QR vé tham dự Hội chợ Làng nghề Hà Nội 2027 của Đỗ Ngọc Ánh"/,
    );
    for (const file of ['ticket.pdf?lang=vi', 'calendar.ics?lang=vi']) {
      expect(attrs(ticket.text)).toContain(`href="/invitations/${token}/${file}"`);
    }

    const png = await request(t.http)
      .get(`/invitations/${token}/ticket.png`)
      .buffer(true)
      .expect(200);
    expect(png.headers['content-type']).toBe('image/png');
    const image = PNG.sync.read(png.body as Buffer);
    expect(qrIn(image.data, image.width, image.height)).toBe(code);

    const pdf = await request(t.http)
      .get(`/invitations/${token}/ticket.pdf?lang=vi`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const contents = pdfContents(pdf.body as Buffer);
    const text = contents.text.join('\n');
    // Diacritics survive: the text comes back through the embedded font's Unicode map.
    expect(text).toContain('Hội chợ Làng nghề Hà Nội 2027');
    expect(text).toContain('Đỗ Ngọc Ánh');
    expect(text).toContain('Chủ Nhật, 10/10/2027: 08:00–21:00');
    expect(contents.images).toHaveLength(1);
    const [qr] = contents.images;
    expect(qrIn(qr.rgba, qr.width, qr.height)).toBe(code);

    const ics = await request(t.http).get(`/invitations/${token}/calendar.ics?lang=vi`).expect(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(ics.text));
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(zone.getFirstPropertyValue('tzid')).toBe('Asia/Ho_Chi_Minh');
    ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events).toHaveLength(3);
    const [first, , last] = events;
    expect(first.summary).toBe('Hội chợ Làng nghề Hà Nội 2027');
    expect(first.startDate.zone?.tzid).toBe('Asia/Ho_Chi_Minh');
    expect(first.startDate.toString()).toBe('2027-10-10T08:00:00');
    expect(first.startDate.toJSDate().toISOString()).toBe('2027-10-10T01:00:00.000Z');
    expect(last.endDate.toString()).toBe('2027-10-12T17:00:00');
    expect(last.endDate.toJSDate().toISOString()).toBe('2027-10-12T10:00:00.000Z');
  });

  it('answers an invitation with Post/Redirect/Get: a bad guest count names the field, accepting leads to the ticket, declining back', async () => {
    await addVisitor(t, body.organiser.token, body.id, {
      email: 'minh.chau@example.vn',
      name: 'Vũ Minh Châu',
      segment: 'buyer',
      language: 'vi',
    });
    const campaignId = await createCampaign(t, body.organiser.token, body.id, {
      fairId: body.fairId,
      name: 'Khách mua',
      audience: { segments: ['buyer'] },
      maxGuests: 2,
    });
    await sendCampaign(t, body.organiser.token, campaignId);
    const [mail] = await mailsTo(t, 'minh.chau@example.vn', 1);
    const { token } = rsvpLink(mail);
    const page = `/invitations/${token}`;

    const first = await request(t.http).get(page).expect(200);
    expect(textOf(first.text)).toContain('Chưa trả lời');
    expect(first.text).toContain(`<form method="post" action="${page}">`);

    const bad = await request(t.http)
      .post(page)
      .type('form')
      .send({ lang: 'vi', answer: 'accept', guests: '7' })
      .expect(400);
    expect(bad.text).toContain('aria-describedby="guests-error"');
    expect(textOf(bad.text)).toContain('Số khách đi cùng');

    const accepted = await request(t.http)
      .post(page)
      .type('form')
      .send({ lang: 'vi', answer: 'accept', guests: '2' })
      .expect(303);
    expect(accepted.headers.location).toBe(`${page}/ticket?lang=vi&saved=1`);
    const ticket = await request(t.http).get(accepted.headers.location).expect(200);
    expect(textOf(ticket.text)).toContain('Cảm ơn, câu trả lời đã được ghi nhận.');
    expect(textOf(ticket.text)).toContain('Vũ Minh Châu (kèm 2 khách)');

    const declined = await request(t.http)
      .post(page)
      .type('form')
      .send({ lang: 'en', answer: 'decline' })
      .expect(303);
    expect(declined.headers.location).toBe(`${page}?lang=en&saved=1`);
    const after = await request(t.http).get(declined.headers.location).expect(200);
    expect(textOf(after.text)).toContain('Thank you, your answer is saved.');
    expect(textOf(after.text)).toContain('Declined');
    await request(t.http).get(`${page}/ticket.png`).expect(404);
    const noTicket = await request(t.http).get(`${page}/ticket?lang=en`).expect(200);
    expect(textOf(noTicket.text)).toContain('No ticket yet');
  });

  it('answers an unknown link with a page (404), never the API’s JSON', async () => {
    const unknown = 'x'.repeat(43);
    for (const path of ['', '/ticket', '/ticket.png', '/ticket.pdf', '/calendar.ics']) {
      const response = await request(t.http).get(`/invitations/${unknown}${path}?lang=en`);
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(textOf(response.text)).toContain('This link is wrong or no longer valid.');
    }
  });
});
