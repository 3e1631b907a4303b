import { createTestApp, TestApp } from '../../support/test-app';
import { CORNER, STANDARD } from '../applications/support/applications';
import {
  allocatingFair,
  AllocatingFair,
  as,
  mailMatching,
  runAllocation,
} from './support/allocation';

const PHU_VINH = 'HTX Mây tre đan Phú Vinh';
const MINH_HAI = 'Cơ sở Gốm Bát Tràng Minh Hải';
const BOTH_TYPES = [STANDARD.code, CORNER.code];

/*
 * Both were approved at the standard price and accept a corner booth too. are
 * corner booths of the corner type (15.000.000 đ against 12.000.000 đ).
 */
describe('allocation money: the preview and a waitlist offer price a corner booth as a corner', () => {
  let t: TestApp;
  let fair: AllocatingFair;

  beforeAll(async () => {
    t = await createTestApp();
    fair = await allocatingFair(
      t,
      [
        { name: PHU_VINH, size: 1, zones: ['may-tre-dan'], priority: 5, types: BOTH_TYPES },
        { name: MINH_HAI, size: 1, zones: ['may-tre-dan'], priority: 3, types: BOTH_TYPES },
      ],
      { rowA: 4, rowB: 3 },
      { cornerBooths: ['A-01', 'A-04'] },
    );
  });
  afterAll(() => t.close());

  const application = async (name: string) => {
    const who = fair.applicants.get(name)!;
    return (await as(t, who.member).get(`/api/v1/applications/${who.applicationId}`).expect(200))
      .body;
  };

  it('shows the amount due after re-pricing in the previewed letter, writing nothing', async () => {
    const org = as(t, fair.organiser);
    const phuVinh = fair.applicants.get(PHU_VINH)!;
    const minhHai = fair.applicants.get(MINH_HAI)!;
    const run = await runAllocation(t, fair.organiser, fair.id);
    const base = `/api/v1/fairs/${fair.id}/allocation/runs/${run.id}`;
    await org
      .post(`${base}/draft/moves`, { applicationId: minhHai.applicationId, booths: [] })
      .expect(200);
    await org
      .post(`${base}/draft/moves`, { applicationId: phuVinh.applicationId, booths: ['A-01'] })
      .expect(200);

    const preview = (await org.post(`${base}/publish-preview`).expect(200)).body;
    expect(preview.sample.applicationId).toBe(phuVinh.applicationId);
    expect(preview.sample.text).toMatch(/Tổng giá gian hàng: 15\.000\.000/);
    expect(preview.sample.text).toMatch(/Số tiền phải nộp \(sau hỗ trợ\): 15\.000\.000/);
    // Only a preview: the fee is still the standard one, and no history was written.
    expect((await application(PHU_VINH)).fee).toMatchObject({ fee: STANDARD.price });
    const events = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM application_events WHERE reason = 'Priced by the booths allocated'`,
    );
    expect(events).toEqual([{ n: 0 }]);

    await org.post(`${base}/publish`).expect(200);
    const letter = await mailMatching(t, phuVinh.member.email, /^Gian hàng/);
    expect(letter.text).toMatch(/Số tiền phải nộp \(sau hỗ trợ\): 15\.000\.000/);
  });

  it('re-prices a waitlisted producer who accepts an offered corner booth at the corner price', async () => {
    const org = as(t, fair.organiser);
    const minhHai = fair.applicants.get(MINH_HAI)!;
    expect((await application(MINH_HAI)).status).toBe('waitlisted');
    const round = await org
      .post(`/api/v1/fairs/${fair.id}/waitlist/offers`, { booths: ['A-04'] })
      .expect(200);
    expect(round.body.offers).toEqual([
      expect.objectContaining({ applicationId: minhHai.applicationId, booths: ['A-04'] }),
    ]);
    await as(t, minhHai.member)
      .post(`/api/v1/waitlist-offers/${round.body.offers[0].id}/accept`)
      .expect(200);

    const accepted = await application(MINH_HAI);
    expect(accepted.status).toBe('approved');
    expect(accepted.fee).toMatchObject({ fee: CORNER.price, amountDue: CORNER.price });
    const letter = await mailMatching(t, minhHai.member.email, /^Gian hàng/);
    expect(letter.text).toMatch(/A-04 \(gian góc\): khu .*, Gian góc, 15\.000\.000/);
    expect(letter.text).toMatch(/Số tiền phải nộp \(sau hỗ trợ\): 15\.000\.000/);
  });
});
