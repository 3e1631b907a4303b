import request from 'supertest';
import { bearer, createTestApp, TestApp } from '../../support/test-app';
import {
  addVisitor,
  answer,
  Body,
  createCampaign,
  createFair,
  mailsTo,
  rsvpLink,
  sendCampaign,
  setUpBody,
  waitUntil,
} from './support/invitations';

interface Progress {
  campaignId: string;
  enqueued: boolean;
  mail: { queued: number; sending: number; retrying: number };
}

describe('the progress of all of a body’s campaigns in one answer', () => {
  let t: TestApp;
  let body: Body;
  let other: Body;
  let secondFair: string;
  const ids: Record<'sent' | 'draft' | 'elsewhere', string> = {} as never;

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PUBLIC_PER_MINUTE: '1000' });
    body = await setUpBody(t);
    other = await setUpBody(t);
    secondFair = await createFair(t, body.organiser.token, body.id);
    const token = body.organiser.token;
    const an = await addVisitor(t, token, body.id, { name: 'Nguyễn Văn An', email: 'an@pr.vn' });
    const binh = await addVisitor(t, token, body.id, { name: 'Trần Bình', email: 'binh@pr.vn' });
    const campaign = (fairId: string, name: string, visitorIds: string[]) =>
      createCampaign(t, token, body.id, { fairId, name, audience: { visitorIds } });
    ids.sent = await campaign(body.fairId, 'Khách mua', [an, binh]);
    ids.draft = await campaign(body.fairId, 'Nháp', [an]);
    ids.elsewhere = await campaign(secondFair, 'Hội chợ thứ hai', [binh]);
    await sendCampaign(t, token, ids.sent);
    await sendCampaign(t, token, ids.elsewhere);
    const [first] = await mailsTo(t, 'an@pr.vn', 1);
    await answer(t, rsvpLink(first).token, { answer: 'accept', guests: 0 }).expect(200);
    const binhMails = await mailsTo(t, 'binh@pr.vn', 2);
    for (const link of binhMails.map(rsvpLink)) {
      await answer(t, link.token, { answer: 'decline' }).expect(200);
    }
  });
  afterAll(() => t.close());

  const get = (path: string, token = body.organiser.token) =>
    request(t.http).get(`/api/v1/${path}`).set(bearer(token));
  const all = async (query = '') =>
    (await get(`organising-bodies/${body.id}/campaigns/progress${query}`).expect(200))
      .body as Progress[];
  const one = async (id: string) =>
    (await get(`campaigns/${id}/progress`).expect(200)).body as Progress;
  const settled = (p: Progress) =>
    p.mail.queued + p.mail.sending + p.mail.retrying === 0 &&
    (p.enqueued || p.campaignId === ids.draft);

  it('gives every campaign the figures its own progress gives, newest first', async () => {
    const list = await waitUntil('all mail settled', async () => {
      const rows = await all();
      return rows.every(settled) && rows;
    });
    expect(list.map((p) => p.campaignId)).toEqual([ids.elsewhere, ids.draft, ids.sent]);
    for (const row of list) expect(row).toEqual(await one(row.campaignId));
    const sent = list.find((p) => p.campaignId === ids.sent);
    expect(sent).toMatchObject({ invited: 2, answers: { accepted: 1, declined: 1, answered: 2 } });
    // Two invitations and the accepted visitor's ticket.
    expect(sent).toMatchObject({ mail: { sent: 3, failed: 0, total: 3 } });
    expect(list.find((p) => p.campaignId === ids.draft)).toMatchObject({
      invited: 0,
      mail: { total: 0 },
    });
    expect(list.find((p) => p.campaignId === ids.elsewhere)).toMatchObject({
      answers: { declined: 1 },
    });
  });

  it('keeps to one fair when asked', async () => {
    const rows = await all(`?fairId=${secondFair}`);
    expect(rows.map((p) => p.campaignId)).toEqual([ids.elsewhere]);
  });

  it('shows another body nothing of it', async () => {
    await get(`organising-bodies/${body.id}/campaigns/progress`, other.organiser.token).expect(404);
    const theirs = await get(
      `organising-bodies/${other.id}/campaigns/progress`,
      other.organiser.token,
    )
      .query({ fairId: body.fairId })
      .expect(200);
    expect(theirs.body).toEqual([]);
  });

  it('refuses a fairId that is not an id, naming it', async () => {
    const res = await all().then(() =>
      get(`organising-bodies/${body.id}/campaigns/progress?fairId=42`),
    );
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('fairId');
  });
});
