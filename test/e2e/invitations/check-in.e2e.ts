import request from 'supertest';
import { generateFairKeyPair, signTicket } from '@hoicho/invitations/domain';
import { Clock } from '@hoicho/platform';
import { bearer, createTestApp, TestApp } from '../../support/test-app';
import { Body, createFair, mailsTo, qrOf, setUpBody } from './support/invitations';

describe('gate check-in', () => {
  let t: TestApp;
  let body: Body;
  let otherFairId: string;
  // The fair runs 10–12/10/2027 from 08:00 Hà Nội time; "now" is its first day.
  const now = new Date('2027-10-10T03:00:00Z'); // 10:00 on the first day

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PUBLIC_PER_MINUTE: '1000' });
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => now);
    body = await setUpBody(t);
    otherFairId = await createFair(t, body.organiser.token, body.id, {
      nameVi: 'Hội chợ OCOP Hà Nội 2027',
      nameEn: 'Hanoi OCOP Fair 2027',
    });
  });
  afterAll(() => t.close());

  /** Registers a visitor for a fair and returns the code decoded from the ticket QR. */
  async function ticket(fairId: string, email: string, guests = 0): Promise<string> {
    await request(t.http)
      .post(`/api/v1/public/fairs/${fairId}/registrations`)
      .send({ name: 'Nguyễn Văn An', email, guests })
      .expect(202);
    const [mail] = await mailsTo(t, email, 1);
    return qrOf(mail)!;
  }

  const scan = (code: string, gate = 'Cổng A', extra: Record<string, unknown> = {}) =>
    request(t.http)
      .post(`/api/v1/fairs/${body.fairId}/check-ins`)
      .set(bearer(body.gate.token))
      .send({ code, gate, ...extra });

  const ticketIdOf = async (email: string) =>
    (
      await t.dataSource.query(
        `SELECT t.id FROM tickets t JOIN visitors v ON v.id = t.visitor_id WHERE v.email = $1`,
        [email],
      )
    )[0].id as string;

  it('answers admitted, already admitted (when, which gate), revoked, wrong fair and invalid', async () => {
    const valid = await ticket(body.fairId, 'valid@example.vn', 2);
    const admitted = await scan(valid).expect(200);
    expect(admitted.body).toMatchObject({
      result: 'admitted',
      initials: 'NVA',
      guests: 2,
      day: '2027-10-10',
      message: 'Mời vào: NVA (+2 khách). Vé ngày 10/10/2027.',
      duplicate: false,
    });

    const again = await scan(valid, 'Cổng B').expect(200);
    expect(again.body).toMatchObject({
      result: 'already_admitted',
      gate: 'Cổng A',
      admittedAt: now.toISOString(),
      message: 'Đã vào hôm nay tại cổng Cổng A lúc 10:00.',
    });

    const revokedCode = await ticket(body.fairId, 'revoked@example.vn');
    await request(t.http)
      .post(`/api/v1/fairs/${body.fairId}/tickets/${await ticketIdOf('revoked@example.vn')}/revoke`)
      .set(bearer(body.organiser.token))
      .send({ reason: 'ticket resold' })
      .expect(200);
    expect((await scan(revokedCode).expect(200)).body).toMatchObject({ result: 'revoked' });
    const revokedList = await request(t.http)
      .get(`/api/v1/fairs/${body.fairId}/tickets/revoked`)
      .set(bearer(body.gate.token))
      .expect(200);
    expect(revokedList.body.ticketIds).toEqual([await ticketIdOf('revoked@example.vn')]);

    const elsewhere = await ticket(otherFairId, 'other.fair@example.vn');
    expect((await scan(elsewhere).expect(200)).body).toMatchObject({
      result: 'wrong_fair',
      message: 'Vé của hội chợ khác.',
    });

    // Forged: a well-formed code signed with a key that is not the fair's.
    const forged = signTicket(
      {
        fairId: body.fairId,
        ticketId: await ticketIdOf('revoked@example.vn'),
        initials: 'NVA',
        expiresAt: Math.floor(now.getTime() / 1000) + 86_400,
      },
      generateFairKeyPair().privateKey,
    );
    expect((await scan(forged).expect(200)).body).toMatchObject({
      result: 'invalid',
      reason: 'bad_signature',
      message: 'Vé giả hoặc đã bị sửa.',
    });
    // Tampered: the genuine code with one payload byte changed.
    const bytes = Buffer.from(valid.slice(4), 'base64url');
    bytes[20] ^= 0x01;
    const tampered = `HC1.${bytes.toString('base64url')}`;
    expect((await scan(tampered).expect(200)).body).toMatchObject({
      result: 'invalid',
      reason: 'bad_signature',
    });
    expect((await scan('not a ticket').expect(200)).body).toMatchObject({
      result: 'invalid',
      reason: 'malformed',
    });

    const stats = await request(t.http)
      .get(`/api/v1/fairs/${body.fairId}/check-ins/stats`)
      .set(bearer(body.gate.token))
      .expect(200);
    expect(stats.body).toMatchObject({
      admitted: 1,
      guests: 2,
      byGate: [{ gate: 'Cổng A', admitted: 1, guests: 2 }],
      scans: { admitted: 1, already_admitted: 1, revoked: 1, wrong_fair: 1, invalid: 3 },
      byDay: [{ day: '2027-10-10', gate: 'Cổng A', admitted: 1, guests: 2 }],
      conflicts: 0,
    });
    expect(stats.body.byHour).toEqual([
      { hour: '2027-10-10T10:00+07:00', gate: 'Cổng A', admitted: 1 },
    ]);
  });

  it('admits a ticket exactly once when 50 gates scan it at the same moment', async () => {
    const code = await ticket(body.fairId, 'rush@example.vn');
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => scan(code, `Cổng ${(i % 5) + 1}`)),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(200));
    const results = answers.map((a) => a.body.result);
    expect(results.filter((r) => r === 'admitted')).toHaveLength(1);
    expect(results.filter((r) => r === 'already_admitted')).toHaveLength(49);
    const rows = await t.dataSource.query('SELECT gate FROM check_ins WHERE ticket_id = $1', [
      await ticketIdOf('rush@example.vn'),
    ]);
    expect(rows).toHaveLength(1);
    // Every refusal names the gate that admitted it.
    const gates = new Set(answers.filter((a) => a.body.gate).map((a) => a.body.gate));
    expect([...gates]).toEqual([rows[0].gate]);
  });

  it('takes offline uploads once: a repeated nonce gets its first answer back', async () => {
    const first = await ticket(body.fairId, 'offline1@example.vn');
    const second = await ticket(body.fairId, 'offline2@example.vn');
    const scans = [
      {
        code: first,
        gate: 'Cổng C',
        nonce: 'ipad-c-0001',
        scannedAt: new Date(now.getTime() - 60_000).toISOString(),
      },
      {
        code: second,
        gate: 'Cổng C',
        nonce: 'ipad-c-0002',
        scannedAt: new Date(now.getTime() - 30_000).toISOString(),
      },
      {
        code: first,
        gate: 'Cổng C',
        nonce: 'ipad-c-0003',
        scannedAt: new Date(now.getTime() - 20_000).toISOString(),
      },
    ];
    const upload = () =>
      request(t.http)
        .post(`/api/v1/fairs/${body.fairId}/check-ins/offline`)
        .set(bearer(body.gate.token))
        .send({ scans });
    const once = await upload().expect(200);
    expect(
      once.body.results.map((r: { result: string; duplicate: boolean }) => [r.result, r.duplicate]),
    ).toEqual([
      ['admitted', false],
      ['admitted', false],
      ['already_admitted', false],
    ]);
    const twice = await upload().expect(200);
    expect(
      twice.body.results.map((r: { result: string; duplicate: boolean }) => [
        r.result,
        r.duplicate,
      ]),
    ).toEqual([
      ['admitted', true],
      ['admitted', true],
      ['already_admitted', true],
    ]);
    const [row] = await t.dataSource.query(
      'SELECT admitted_at, offline FROM check_ins WHERE ticket_id = $1',
      [await ticketIdOf('offline1@example.vn')],
    );
    expect(row.offline).toBe(true);
    expect(new Date(row.admitted_at).toISOString()).toBe(scans[0].scannedAt);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM gate_scans WHERE nonce LIKE 'ipad-c-%'`,
    );
    expect(n).toBe(3);
  });
});
