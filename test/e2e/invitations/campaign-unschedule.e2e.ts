import request from 'supertest';
import { bearer, createTestApp, TestApp } from '../../support/test-app';
import { addVisitor, Body, createCampaign, setUpBody } from './support/invitations';

describe('a scheduled campaign taken back to a draft', () => {
  let t: TestApp;
  let body: Body;

  beforeAll(async () => {
    t = await createTestApp();
    body = await setUpBody(t);
  });
  afterAll(() => t.close());

  it('schedules at a Hà Nội time, unschedules to a draft with no time, and refuses a second unschedule', async () => {
    const token = body.organiser.token;
    await addVisitor(t, token, body.id, {
      name: 'Nguyễn Văn An',
      email: 'an.unschedule@example.vn',
      segment: 'buyer',
    });
    const campaignId = await createCampaign(t, token, body.id, {
      fairId: body.fairId,
      name: 'Hẹn giờ',
      subject: { vi: 'Mời dự {{fair}}', en: 'Come to {{fair}}' },
      audience: { segments: ['buyer'] },
    });
    const api = (method: 'get' | 'post', path: string) =>
      request(t.http)[method](`/api/v1/campaigns/${campaignId}${path}`).set(bearer(token));
    const at = new Date(Date.now() + 3 * 24 * 3600_000);
    const local = new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 16);
    const scheduled = await api('post', '/send')
      .send({ at: `${local}:00+07:00` })
      .expect(202);
    expect(scheduled.body.status).toBe('scheduled');
    expect(new Date(scheduled.body.scheduledAt).toISOString().slice(0, 16)).toBe(
      new Date(`${local}:00+07:00`).toISOString().slice(0, 16),
    );

    const back = await api('post', '/unschedule').expect(200);
    expect(back.body).toMatchObject({ status: 'draft', scheduledAt: null });
    const again = await api('post', '/unschedule').set('Accept-Language', 'en').expect(409);
    expect(again.body.code).toBe('campaign_not_editable');
    const invitations = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM invitations WHERE campaign_id = $1',
      [campaignId],
    );
    expect(invitations).toEqual([{ n: 0 }]);
  });
});
