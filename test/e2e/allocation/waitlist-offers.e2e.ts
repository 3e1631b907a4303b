import { createTestApp, TestApp } from '../../support/test-app';
import {
  AllocatingFair,
  allocatingFair,
  as,
  count,
  eventually,
  mailMatching,
  runAllocation,
} from './support/allocation';

/*
 * may-tre-dan A-01…A-04, gom-su B-01…B-03. Phú Vinh and Chuông fill may-tre-dan but one booth;
 * Bát Tràng takes two gom-su booths. Vạn Phúc, Phù Lãng and Đồng Kỵ each want two gom-su
 * booths: there is one left, so all three are waitlisted, in this order of priority.
 */
const SPECS = [
  { name: 'HTX Mây tre đan Phú Vinh', size: 2, zones: ['may-tre-dan'], priority: 5 },
  { name: 'Cơ sở Gốm Bát Tràng Minh Hải', size: 2, zones: ['gom-su'], priority: 5 },
  { name: 'Làng nón Chuông', size: 1, zones: ['may-tre-dan'], priority: 4 },
  { name: 'Lụa Vạn Phúc Hà Đông', size: 2, zones: ['gom-su'], priority: 3 },
  { name: 'Gốm Phù Lãng', size: 2, zones: ['gom-su'], priority: 2 },
  { name: 'Đồ gỗ Đồng Kỵ', size: 2, zones: ['gom-su'], priority: 1, locale: 'en' as const },
];

describe('allocation: the waiting list and booth offers', () => {
  let t: TestApp;
  let fair: AllocatingFair;
  const app = (name: string) => fair.applicants.get(name)!;

  beforeAll(async () => {
    t = await createTestApp();
    fair = await allocatingFair(t, SPECS);
  });
  afterAll(() => t.close());

  it('waitlists with a letter, offers a freed booth in priority order, passes it on, and books it on acceptance', async () => {
    const org = as(t, fair.organiser);
    const batTrang = app('Cơ sở Gốm Bát Tràng Minh Hải');
    const vanPhuc = app('Lụa Vạn Phúc Hà Đông');
    const phuLang = app('Gốm Phù Lãng');
    const dongKy = app('Đồ gỗ Đồng Kỵ');

    const run = await runAllocation(t, fair.organiser, fair.id);
    const published = await org
      .post(`/api/v1/fairs/${fair.id}/allocation/runs/${run.id}/publish`)
      .expect(200);
    expect([...published.body.waitlisted].sort()).toEqual(
      [vanPhuc, phuLang, dongKy].map((a) => a.applicationId).sort(),
    );
    for (const a of [vanPhuc, phuLang]) {
      await mailMatching(t, a.member.email, /danh sách chờ gian hàng/);
    }
    const en = await mailMatching(t, dongKy.member.email, /waiting list for a booth/);
    expect(en.text).toContain('in order of priority');

    // Nothing to offer while no two gom-su booths are free.
    const nothing = await org.post(`/api/v1/fairs/${fair.id}/waitlist/offers`, {}).expect(200);
    expect(nothing.body).toMatchObject({ freed: [], offers: [] });
    expect(nothing.body.unoffered).toHaveLength(2);

    // Bát Tràng withdraws: its booths are freed and offered to Vạn Phúc, first in line.
    await as(t, batTrang.member)
      .post(`/api/v1/applications/${batTrang.applicationId}/withdraw`, {})
      .expect(200);
    const round = await org
      .post(`/api/v1/fairs/${fair.id}/waitlist/offers`, { expiresInHours: 2 })
      .expect(200);
    expect(round.body.freed).toHaveLength(2);
    expect(round.body.offers).toEqual([
      expect.objectContaining({ applicationId: vanPhuc.applicationId, status: 'pending' }),
    ]);
    const offered: string[] = round.body.offers[0].booths;
    expect(offered).toHaveLength(2);
    expect(offered.every((b) => b.startsWith('B-'))).toBe(true);
    const letter = await mailMatching(t, vanPhuc.member.email, /^Mời nhận gian hàng/);
    expect(letter.subject).toContain(offered.join(', '));
    expect(letter.text).toMatch(/24\.000\.000\s₫/);

    const list = await org.get(`/api/v1/fairs/${fair.id}/waitlist`).expect(200);
    expect(list.body.queue.map((q: { applicationId: string }) => q.applicationId)).toEqual(
      [vanPhuc, phuLang, dongKy].map((a) => a.applicationId),
    );
    expect(list.body.queue[0].pendingOfferId).toBe(round.body.offers[0].id);

    // Offers are their producers' own business.
    const offerId: string = round.body.offers[0].id;
    await as(t, phuLang.member).post(`/api/v1/waitlist-offers/${offerId}/accept`).expect(404);
    await org.post(`/api/v1/waitlist-offers/${offerId}/accept`).expect(403);
    expect((await as(t, phuLang.member).get('/api/v1/waitlist-offers').expect(200)).body).toEqual(
      [],
    );

    // Vạn Phúc declines: the booths pass to Phù Lãng.
    const declined = await as(t, vanPhuc.member)
      .post(`/api/v1/waitlist-offers/${offerId}/decline`)
      .expect(200);
    expect(declined.body.status).toBe('declined');
    const [toPhuLang] = (await as(t, phuLang.member).get('/api/v1/waitlist-offers').expect(200))
      .body;
    expect(toPhuLang).toMatchObject({ status: 'pending', booths: offered });
    await mailMatching(t, phuLang.member.email, /^Mời nhận gian hàng/);
    const late = await as(t, vanPhuc.member)
      .post(`/api/v1/waitlist-offers/${offerId}/accept`)
      .expect(409);
    expect(late.body.code).toBe('offer_closed');

    // Phù Lãng lets it expire: the sweep passes it to Đồng Kỵ.
    await t.dataSource.query(
      `UPDATE waitlist_offers SET created_at = now() - interval '3 hours', expires_at = now() - interval '1 second'
        WHERE id = $1`,
      [toPhuLang.id],
    );
    const [toDongKy] = await eventually(
      'the offer to pass on to Đồng Kỵ',
      async () =>
        (await as(t, dongKy.member).get('/api/v1/waitlist-offers').expect(200)).body as {
          id: string;
          status: string;
          booths: string[];
        }[],
      (offers) => offers.length === 1,
    );
    expect(toDongKy).toMatchObject({ status: 'pending', booths: offered });
    const expired = await as(t, phuLang.member)
      .post(`/api/v1/waitlist-offers/${toPhuLang.id}/accept`)
      .expect(409);
    expect(expired.body).toMatchObject({ code: 'offer_closed', details: { status: 'expired' } });
    const offerMail = await mailMatching(t, dongKy.member.email, /^Booth .* offered to you/);
    expect(offerMail.text).toContain('Please accept or decline before');

    // Đồng Kỵ accepts: approved, the booths are its own, and the letter names them.
    const accepted = await as(t, dongKy.member)
      .post(`/api/v1/waitlist-offers/${toDongKy.id}/accept`)
      .expect(200);
    expect(accepted.body.status).toBe('accepted');
    const review = await org
      .get(`/api/v1/fairs/${fair.id}/applications/${dongKy.applicationId}`)
      .expect(200);
    expect(review.body.status).toBe('approved');
    const booked = await org.get(`/api/v1/fairs/${fair.id}/allocation/assignments`).expect(200);
    expect(
      booked.body.assignments.find(
        (a: { applicationId: string }) => a.applicationId === dongKy.applicationId,
      ).booths,
    ).toEqual(offered);
    expect(
      booked.body.assignments.find(
        (a: { applicationId: string }) => a.applicationId === batTrang.applicationId,
      ),
    ).toBeUndefined();
    const booths = await mailMatching(t, dongKy.member.email, /^Your booth/);
    expect(booths.subject).toContain(offered.join(', '));
    await as(t, dongKy.member).post(`/api/v1/waitlist-offers/${toDongKy.id}/accept`).expect(409);
    expect(
      await count(t, `SELECT count(*) FROM waitlist_offers WHERE fair_id = $1`, [fair.id]),
    ).toBe(3);

    // A run now sees Đồng Kỵ's booths as published: kept, and the old draft cannot be published.
    const stale = await org
      .post(`/api/v1/fairs/${fair.id}/allocation/runs/${run.id}/publish`)
      .expect(409);
    expect(stale.body.code).toBe('allocation_stale');
    const rerun = await runAllocation(t, fair.organiser, fair.id);
    expect(rerun.summary).toMatchObject({ requests: 3, pinned: 3, assigned: 3 });
  });
});
