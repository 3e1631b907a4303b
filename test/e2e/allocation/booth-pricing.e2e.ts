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

describe('allocation: a producer pays for the booths it was given', () => {
  let t: TestApp;
  let fair: AllocatingFair;

  beforeAll(async () => {
    t = await createTestApp();
    // Both accept a standard or a corner booth; both were approved at the standard price.
    fair = await allocatingFair(
      t,
      [
        { name: PHU_VINH, size: 1, zones: ['may-tre-dan'], priority: 5, types: BOTH_TYPES },
        { name: MINH_HAI, size: 1, zones: ['may-tre-dan'], priority: 3, types: BOTH_TYPES },
      ],
      { rowA: 4, rowB: 3 },
      { cornerBooths: ['A-01'] },
    );
  });
  afterAll(() => t.close());

  it('prices a corner booth at the corner type and a standard one at the standard type, on the letter and in the fee', async () => {
    const org = as(t, fair.organiser);
    const phuVinh = fair.applicants.get(PHU_VINH)!;
    const minhHai = fair.applicants.get(MINH_HAI)!;
    const before = (
      await as(t, phuVinh.member).get(`/api/v1/applications/${phuVinh.applicationId}`).expect(200)
    ).body;
    expect(before.fee.fee).toBe(STANDARD.price);

    const run = await runAllocation(t, fair.organiser, fair.id);
    const base = `/api/v1/fairs/${fair.id}/allocation/runs/${run.id}`;
    // Placed by hand so the test does not depend on which booth the engine prefers.
    await org
      .post(`${base}/draft/moves`, { applicationId: phuVinh.applicationId, booths: [] })
      .expect(200);
    await org
      .post(`${base}/draft/moves`, { applicationId: minhHai.applicationId, booths: ['A-03'] })
      .expect(200);
    await org
      .post(`${base}/draft/moves`, { applicationId: phuVinh.applicationId, booths: ['A-01'] })
      .expect(200);
    await org.post(`${base}/publish`).expect(200);

    const corner = (
      await as(t, phuVinh.member).get(`/api/v1/applications/${phuVinh.applicationId}`).expect(200)
    ).body;
    expect(corner.fee).toMatchObject({ fee: CORNER.price, amountDue: CORNER.price });
    const standard = (
      await as(t, minhHai.member).get(`/api/v1/applications/${minhHai.applicationId}`).expect(200)
    ).body;
    expect(standard.fee).toMatchObject({ fee: STANDARD.price, amountDue: STANDARD.price });

    const cornerLetter = await mailMatching(t, phuVinh.member.email, /^Gian hàng/);
    expect(cornerLetter.text).toMatch(/A-01 \(gian góc\): khu .*, Gian góc, 15\.000\.000/);
    expect(cornerLetter.text).toMatch(/Tổng giá gian hàng: 15\.000\.000/);
    expect(cornerLetter.text).toMatch(/Số tiền phải nộp \(sau hỗ trợ\): 15\.000\.000/);
    const standardLetter = await mailMatching(t, minhHai.member.email, /^Gian hàng/);
    expect(standardLetter.text).toMatch(/A-03: khu .*, Gian tiêu chuẩn 3×3, 12\.000\.000/);
    expect(standardLetter.text).toMatch(/Tổng giá gian hàng: 12\.000\.000/);

    // The budget and history follow: one re-pricing event for the corner producer only.
    const events = await t.dataSource.query(
      `SELECT application_id FROM application_events WHERE reason = 'Priced by the booths allocated'`,
    );
    expect(events).toEqual([{ application_id: phuVinh.applicationId }]);
  });
});
