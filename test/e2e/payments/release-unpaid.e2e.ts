import { Clock } from '@hoicho/platform';
import { createTestApp, TestApp } from '../../support/test-app';
import {
  AllocatingFair,
  allocatingFair,
  as,
  mailMatching,
  runAllocation,
} from '../allocation/support/allocation';

const DAY = 86_400_000;
/** The Hà Nội calendar day (UTC+7) of an instant, as the payments lib reads it. */
const hanoiDay = (at: Date) => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/*
 * gom-su has B-01…B-03. Bát Tràng takes two of them and never pays its deposit; Vạn Phúc wants
 * two as well and is waitlisted (one left). Phú Vinh takes a may-tre-dan booth and pays its
 * deposit. The deposit falls due on the day the decision is released; the platform clock is
 * then moved three days on, so the deposit is overdue whatever the hour in Hà Nội.
 */
const SPECS = [
  { name: 'Cơ sở Gốm Bát Tràng Minh Hải', size: 2, zones: ['gom-su'], priority: 5 },
  { name: 'Lụa Vạn Phúc Hà Đông', size: 2, zones: ['gom-su'], priority: 3 },
  { name: 'HTX Mây tre đan Phú Vinh', size: 1, zones: ['may-tre-dan'], priority: 4 },
];

interface Payer {
  applicationId: string;
  deposit: string;
  status: string;
  overdue: boolean;
}

describe('payments: releasing an unpaid booth to the waiting list', () => {
  let t: TestApp;
  let fair: AllocatingFair;
  const app = (name: string) => fair.applicants.get(name)!;
  const org = () => as(t, fair.organiser);

  beforeAll(async () => {
    t = await createTestApp();
    fair = await allocatingFair(t, SPECS);
    await org()
      .put(`/api/v1/fairs/${fair.id}/payment-terms`, {
        depositDueDays: 0,
        balanceDaysBeforeOpening: 20,
        reminderDays: 3,
      })
      .expect(200);
    const run = await runAllocation(t, fair.organiser, fair.id);
    await org().post(`/api/v1/fairs/${fair.id}/allocation/runs/${run.id}/publish`).expect(200);
    // Three days after the release: the deposits due on the release day are overdue.
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(Date.now() + 3 * DAY));
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  const payers = async () =>
    (await org().get(`/api/v1/fairs/${fair.id}/payers`).expect(200)).body as Payer[];
  const assignmentOf = async (applicationId: string) =>
    (
      (await org().get(`/api/v1/fairs/${fair.id}/allocation/assignments`).expect(200)).body
        .assignments as { applicationId: string; booths: string[] }[]
    ).find((a) => a.applicationId === applicationId);

  it('withdraws the overdue approval, frees its booths and offers them to the waiting list, once', async () => {
    const batTrang = app('Cơ sở Gốm Bát Tràng Minh Hải');
    const vanPhuc = app('Lụa Vạn Phúc Hà Đông');
    const booths = (await assignmentOf(batTrang.applicationId))?.booths;
    expect(booths).toHaveLength(2);
    expect(await assignmentOf(vanPhuc.applicationId)).toBeUndefined();
    expect((await payers()).find((p) => p.applicationId === batTrang.applicationId)).toMatchObject({
      status: 'unpaid',
      overdue: true,
    });

    const released = await org()
      .post(`/api/v1/fairs/${fair.id}/payments/release-unpaid`, {
        applicationId: batTrang.applicationId,
        reason: 'Chưa nộp tiền đặt cọc',
      })
      // 201 as for recording a payment (no @HttpCode on the POST; OpenAPI says 200).
      .expect(201);
    expect([...released.body.freed].sort()).toEqual([...booths!].sort());
    expect(released.body.offers).toBe(1);

    const review = await org()
      .get(`/api/v1/fairs/${fair.id}/applications/${batTrang.applicationId}`)
      .expect(200);
    expect(review.body.status).toBe('withdrawn');
    expect(await assignmentOf(batTrang.applicationId)).toBeUndefined();

    // Vạn Phúc, first (and only) in line, is offered the freed booths, by API and by mail.
    const offers = (await as(t, vanPhuc.member).get('/api/v1/waitlist-offers').expect(200)).body;
    expect(offers).toEqual([
      expect.objectContaining({ applicationId: vanPhuc.applicationId, status: 'pending' }),
    ]);
    expect([...offers[0].booths].sort()).toEqual([...booths!].sort());
    const letter = await mailMatching(t, vanPhuc.member.email, /^Mời nhận gian hàng/);
    for (const code of booths!) expect(letter.subject).toContain(code);

    // Released once: a second release of the same application is refused.
    const again = await org().post(`/api/v1/fairs/${fair.id}/payments/release-unpaid`, {
      applicationId: batTrang.applicationId,
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('not_payable');
    const still = (await as(t, vanPhuc.member).get('/api/v1/waitlist-offers').expect(200)).body;
    expect(still).toHaveLength(1);
  });

  it('refuses to release an approval whose deposit is paid', async () => {
    const phuVinh = app('HTX Mây tre đan Phú Vinh');
    const before = (await payers()).find((p) => p.applicationId === phuVinh.applicationId)!;
    await org()
      .post(`/api/v1/fairs/${fair.id}/payments`, {
        applicationId: phuVinh.applicationId,
        amount: before.deposit,
        paidOn: hanoiDay(new Date()),
        method: 'transfer',
      })
      .expect(201);
    expect((await payers()).find((p) => p.applicationId === phuVinh.applicationId)).toMatchObject({
      status: 'deposit_paid',
      overdue: false,
    });

    const res = await org().post(`/api/v1/fairs/${fair.id}/payments/release-unpaid`, {
      applicationId: phuVinh.applicationId,
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('not_overdue');
    const review = await org()
      .get(`/api/v1/fairs/${fair.id}/applications/${phuVinh.applicationId}`)
      .expect(200);
    expect(review.body.status).toBe('approved');
    expect((await assignmentOf(phuVinh.applicationId))?.booths).toHaveLength(1);
  });
});
