import request from 'supertest';
import { Clock } from '@hoicho/platform';
import { bearer, createTestApp, TestApp } from '../../support/test-app';
import { Body, mailsTo, qrOf, rsvpLink, setUpBody } from './support/invitations';

/*
 * A ticket admits on the fair's days only (10–12/10/2027, opening 08:00 Hà Nội time), from the
 * organiser's early-entry window before opening, once per day; "now" is the platform's clock.
 */
describe('tickets on the fair’s days', () => {
  let t: TestApp;
  let body: Body;
  let now: Date;
  const hanoi = (local: string) => new Date(`${local}+07:00`);

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PUBLIC_PER_MINUTE: '1000' });
    now = hanoi('2027-09-20T10:00:00');
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => now);
    body = await setUpBody(t);
  });
  afterAll(() => t.close());

  async function register(email: string, guests = 0) {
    await request(t.http)
      .post(`/api/v1/public/fairs/${body.fairId}/registrations`)
      .send({ name: 'Trần Thị Bình', email, guests })
      .expect(202);
    const [mail] = await mailsTo(t, email, 1);
    return { code: qrOf(mail)!, token: rsvpLink(mail).token };
  }

  const scan = (code: string, gate: string) =>
    request(t.http)
      .post(`/api/v1/fairs/${body.fairId}/check-ins`)
      .set(bearer(body.gate.token))
      .send({ code, gate })
      .expect(200);

  it('refuses before the first day, admits once a day from the early-entry window, says which day', async () => {
    const { code, token } = await register('binh@example.vn', 1);

    // The visitor's ticket names the days it covers and when the gates open each day.
    const view = await request(t.http).get(`/api/v1/invitations/${token}`).expect(200);
    expect(view.body.ticket.days).toEqual([
      { date: '2027-10-10', opens: '08:00', closes: '21:00', entryFrom: '07:30' },
      { date: '2027-10-11', opens: '08:00', closes: '21:00', entryFrom: '07:30' },
      { date: '2027-10-12', opens: '08:00', closes: '17:00', entryFrom: '07:30' },
    ]);

    now = hanoi('2027-10-09T09:00:00');
    const early = await scan(code, 'Cổng A');
    expect(early.body).toMatchObject({
      result: 'not_valid_today',
      days: ['2027-10-10', '2027-10-11', '2027-10-12'],
      message: 'Vé không có giá trị hôm nay. Ngày hội chợ: 10/10/2027, 11/10/2027, 12/10/2027.',
    });

    // The organiser opens the gates an hour early; gate staff may not change that.
    await request(t.http)
      .put(`/api/v1/fairs/${body.fairId}/gate-settings`)
      .set(bearer(body.gate.token))
      .send({ earlyEntryMinutes: 60 })
      .expect(403);
    const settings = await request(t.http)
      .put(`/api/v1/fairs/${body.fairId}/gate-settings`)
      .set(bearer(body.organiser.token))
      .send({ earlyEntryMinutes: 60 })
      .expect(200);
    expect(settings.body.days[0]).toMatchObject({ date: '2027-10-10', entryFrom: '07:00' });

    now = hanoi('2027-10-10T06:59:00');
    expect((await scan(code, 'Cổng A')).body.result).toBe('not_valid_today');
    now = hanoi('2027-10-10T07:05:00');
    expect((await scan(code, 'Cổng A')).body).toMatchObject({
      result: 'admitted',
      day: '2027-10-10',
      guests: 1,
      message: 'Mời vào: TTB (+1 khách). Vé ngày 10/10/2027.',
    });
    now = hanoi('2027-10-10T12:30:00');
    expect((await scan(code, 'Cổng B')).body).toMatchObject({
      result: 'already_admitted',
      gate: 'Cổng A',
      day: '2027-10-10',
      message: 'Đã vào hôm nay tại cổng Cổng A lúc 07:05.',
    });

    now = hanoi('2027-10-11T09:00:00');
    expect((await scan(code, 'Cổng B')).body).toMatchObject({
      result: 'admitted',
      day: '2027-10-11',
    });

    const stats = await request(t.http)
      .get(`/api/v1/fairs/${body.fairId}/check-ins/stats`)
      .set(bearer(body.organiser.token))
      .expect(200);
    expect(stats.body.byDay).toEqual([
      { day: '2027-10-10', gate: 'Cổng A', admitted: 1, guests: 1 },
      { day: '2027-10-11', gate: 'Cổng B', admitted: 1, guests: 1 },
    ]);
    expect(stats.body.scans).toMatchObject({
      not_valid_today: 2,
      admitted: 2,
      already_admitted: 1,
    });

    // The database itself refuses a second admission of one ticket on one day.
    const [{ ticket_id: ticketId }] = await t.dataSource.query(
      `SELECT ticket_id FROM check_ins WHERE fair_day = '2027-10-11'`,
    );
    await expect(
      t.dataSource.query(
        `INSERT INTO check_ins (ticket_id, fair_id, fair_day, gate, admitted_at)
         VALUES ($1, $2, '2027-10-11', 'Cổng C', now())`,
        [ticketId, body.fairId],
      ),
    ).rejects.toThrow(/duplicate key/);
  });

  it('gives a gate device its offline kit: key, days, revocations, parties, today’s admissions', async () => {
    const { code } = await register('kit@example.vn', 3);
    now = hanoi('2027-10-12T10:00:00');
    await scan(code, 'Cổng C');
    const kit = await request(t.http)
      .get(`/api/v1/fairs/${body.fairId}/gate-kit`)
      .set(bearer(body.gate.token))
      .expect(200);
    const [{ id }] = await t.dataSource.query(
      `SELECT t.id FROM tickets t JOIN visitors v ON v.id = t.visitor_id WHERE v.email = 'kit@example.vn'`,
    );
    expect(kit.body).toMatchObject({
      fairId: body.fairId,
      fairName: 'Hội chợ Làng nghề Hà Nội 2027',
      publicKey: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      codePrefix: 'HC1.',
      earlyEntryMinutes: 60,
      today: '2027-10-12',
      revokedTicketIds: [],
      admittedToday: [{ ticketId: id, gate: 'Cổng C', admittedAt: now.toISOString() }],
      serverTime: now.toISOString(),
    });
    expect(kit.body.guests).toContainEqual({ ticketId: id, guests: 3 });
  });

  it('flags a ticket two offline gates both admitted as a conflict, counted and listed', async () => {
    const { code } = await register('conflict@example.vn');
    now = hanoi('2027-10-12T15:00:00');
    const upload = (gate: string, nonce: string, scannedAt: string) =>
      request(t.http)
        .post(`/api/v1/fairs/${body.fairId}/check-ins/offline`)
        .set(bearer(body.gate.token))
        .send({
          scans: [{ code, gate, nonce, scannedAt: hanoi(scannedAt), deviceResult: 'admitted' }],
        })
        .expect(200);
    const first = await upload('Cổng D', 'gate-d-000001', '2027-10-12T14:10:00');
    expect(first.body.results[0]).toMatchObject({ result: 'admitted', conflict: false });
    const second = await upload('Cổng E', 'gate-e-000001', '2027-10-12T14:12:00');
    expect(second.body.results[0]).toMatchObject({
      result: 'already_admitted',
      gate: 'Cổng D',
      conflict: true,
    });
    // A repeated upload is the same scan, not a second conflict.
    await upload('Cổng E', 'gate-e-000001', '2027-10-12T14:12:00');

    const conflicts = await request(t.http)
      .get(`/api/v1/fairs/${body.fairId}/check-ins/conflicts`)
      .set(bearer(body.gate.token))
      .expect(200);
    expect(conflicts.body.items).toEqual([
      {
        ticketId: expect.any(String),
        day: '2027-10-12',
        admittedGate: 'Cổng D',
        admittedAt: hanoi('2027-10-12T14:10:00').toISOString(),
        conflictGate: 'Cổng E',
        conflictAt: hanoi('2027-10-12T14:12:00').toISOString(),
      },
    ]);
    const stats = await request(t.http)
      .get(`/api/v1/fairs/${body.fairId}/check-ins/stats`)
      .set(bearer(body.organiser.token))
      .expect(200);
    expect(stats.body.conflicts).toBe(1);
  });

  it('refuses a bad early-entry window naming the field', async () => {
    const answer = await request(t.http)
      .put(`/api/v1/fairs/${body.fairId}/gate-settings`)
      .set(bearer(body.organiser.token))
      .send({ earlyEntryMinutes: 721 })
      .expect(400);
    expect(JSON.stringify(answer.body)).toContain('earlyEntryMinutes');
  });
});
