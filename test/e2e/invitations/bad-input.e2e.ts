import request from 'supertest';
import { bearer, createTestApp, TestApp } from '../../support/test-app';
import {
  addVisitor,
  Body,
  createCampaign,
  mailsTo,
  rsvpLink,
  sendCampaign,
  setUpBody,
} from './support/invitations';

type Case = [string, 'post' | 'patch' | 'get', () => string, unknown, string];

describe('bad input: 400 naming the field, never 500, nothing written', () => {
  let t: TestApp;
  let body: Body;
  let other: Body;
  let visitorId: string;
  let otherVisitorId: string;
  let campaignId: string;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PUBLIC_PER_MINUTE: '1000' });
    body = await setUpBody(t);
    other = await setUpBody(t);
    visitorId = await addVisitor(t, body.organiser.token, body.id, {
      name: 'Nguyễn Văn An',
      email: 'an@example.vn',
    });
    otherVisitorId = await addVisitor(t, other.organiser.token, other.id, {
      name: 'Someone Else',
      email: 'else@example.vn',
    });
    campaignId = await createCampaign(t, body.organiser.token, body.id, {
      fairId: body.fairId,
      name: 'Sent',
      audience: { visitorIds: [visitorId] },
    });
    await sendCampaign(t, body.organiser.token, campaignId);
    token = rsvpLink((await mailsTo(t, 'an@example.vn', 1))[0]).token;
  });
  afterAll(() => t.close());

  const visitors = () => `/api/v1/organising-bodies/${body.id}/visitors`;
  const campaigns = () => `/api/v1/organising-bodies/${body.id}/campaigns`;
  const campaign = (extra: object) => ({
    fairId: '$FAIR',
    name: 'Mời',
    audience: { all: true },
    ...extra,
  });

  const cases: Case[] = [
    ['visitor email', 'post', visitors, { name: 'A', email: 'not-an-email' }, 'email'],
    ['visitor email missing', 'post', visitors, { name: 'A' }, 'email'],
    ['visitor name too long', 'post', visitors, { name: 'x'.repeat(201), email: 'a@b.vn' }, 'name'],
    ['visitor name as a number', 'post', visitors, { name: 42, email: 'a@b.vn' }, 'name'],
    [
      'visitor language',
      'post',
      visitors,
      { name: 'A', email: 'a@b.vn', language: 'fr' },
      'language',
    ],
    [
      'visitor country',
      'post',
      visitors,
      { name: 'A', email: 'a@b.vn', country: 'Narnia' },
      'country',
    ],
    ['visitor tags', 'post', visitors, { name: 'A', email: 'a@b.vn', tags: ['ok', 7] }, 'tags'],
    [
      'visitor unknown field',
      'post',
      visitors,
      { name: 'A', email: 'a@b.vn', role: 'admin' },
      'role',
    ],
    [
      'visitor segment (patch)',
      'patch',
      () => `/api/v1/visitors/${visitorId}`,
      { segment: 'ceo' },
      'segment',
    ],
    [
      'visitor consent (patch)',
      'patch',
      () => `/api/v1/visitors/${visitorId}`,
      { consent: 'yes' },
      'consent',
    ],
    ['visitor id in path', 'get', () => '/api/v1/visitors/not-a-uuid', undefined, 'visitorId'],
    ['campaign fairId', 'post', campaigns, campaign({ fairId: 'x' }), 'fairId'],
    ['campaign fair of another body', 'post', campaigns, campaign({ fairId: '' }), 'fairId'],
    ['campaign empty audience', 'post', campaigns, campaign({ audience: {} }), 'audience'],
    [
      'campaign segment',
      'post',
      campaigns,
      campaign({ audience: { segments: ['ceo'] } }),
      'audience.segments',
    ],
    [
      'campaign foreign visitor',
      'post',
      campaigns,
      campaign({ audience: { visitorIds: [''] } }),
      'audience.visitorIds',
    ],
    [
      'campaign placeholder',
      'post',
      campaigns,
      campaign({ subject: { vi: 'Chào {{nme}}' } }),
      'subject.vi',
    ],
    ['campaign body type', 'post', campaigns, campaign({ body: { en: ['x'] } }), 'body.en'],
    ['campaign guests', 'post', campaigns, campaign({ maxGuests: 50 }), 'maxGuests'],
    [
      'campaign send time',
      'post',
      () => `/api/v1/campaigns/${campaignId}/send`,
      { at: 'tomorrow' },
      'at',
    ],
    [
      'campaign send time offset',
      'post',
      () => `/api/v1/campaigns/${campaignId}/send`,
      { at: '2027-09-01T08:00:00' },
      'at',
    ],
    [
      'reminder audience',
      'post',
      () => `/api/v1/campaigns/${campaignId}/reminders`,
      { audience: 'everyone' },
      'audience',
    ],
    [
      'preview locale',
      'post',
      () => `/api/v1/campaigns/${campaignId}/preview`,
      { locale: 'fr' },
      'locale',
    ],
    [
      'rsvp answer',
      'post',
      () => `/api/v1/invitations/${token}/answer`,
      { answer: 'maybe' },
      'answer',
    ],
    [
      'rsvp guests',
      'post',
      () => `/api/v1/invitations/${token}/answer`,
      { answer: 'accept', guests: -1 },
      'guests',
    ],
    [
      'rsvp guests over the campaign',
      'post',
      () => `/api/v1/invitations/${token}/answer`,
      { answer: 'accept', guests: 1 },
      'guests',
    ],
    [
      'check-in gate',
      'post',
      () => `/api/v1/fairs/${body.fairId}/check-ins`,
      { code: 'HC1.x', gate: '' },
      'gate',
    ],
    [
      'check-in code',
      'post',
      () => `/api/v1/fairs/${body.fairId}/check-ins`,
      { gate: 'A' },
      'code',
    ],
    [
      'check-in nonce',
      'post',
      () => `/api/v1/fairs/${body.fairId}/check-ins`,
      { code: 'HC1.x', gate: 'A', nonce: 'has spaces here' },
      'nonce',
    ],
    [
      'offline scans',
      'post',
      () => `/api/v1/fairs/${body.fairId}/check-ins/offline`,
      { scans: [{ code: 'HC1.x', gate: 'A' }] },
      'scans.0.nonce',
    ],
    [
      'registration email',
      'post',
      () => `/api/v1/public/fairs/${body.fairId}/registrations`,
      { name: 'A', email: 'a@' },
      'email',
    ],
    [
      'registration guests',
      'post',
      () => `/api/v1/public/fairs/${body.fairId}/registrations`,
      { name: 'A', email: 'a@b.vn', guests: 9 },
      'guests',
    ],
  ];

  it.each(cases)('%s', async (_name, method, path, payload, field) => {
    // Values that need the fixture are filled in here (the table is built before it exists).
    const filled = JSON.parse(
      JSON.stringify(payload ?? null)
        .replace('"fairId":""', `"fairId":"${other.fairId}"`)
        .replace('"visitorIds":[""]', `"visitorIds":["${otherVisitorId}"]`)
        .replace('"$FAIR"', `"${body.fairId}"`),
    );
    const before = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM visitors) AS v, (SELECT count(*) FROM campaigns) AS c,
              (SELECT count(*) FROM campaign_reminders) AS r, (SELECT count(*) FROM gate_scans) AS s`,
    );
    let call = request(t.http)[method](path()).set(bearer(body.organiser.token));
    if (filled !== null) call = call.send(filled);
    const response = await call;
    expect([response.status, response.body.code]).toEqual([400, 'validation_failed']);
    expect(response.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    const after = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM visitors) AS v, (SELECT count(*) FROM campaigns) AS c,
              (SELECT count(*) FROM campaign_reminders) AS r, (SELECT count(*) FROM gate_scans) AS s`,
    );
    expect(after).toEqual(before);
  });

  it('refuses an import body that is not a file, naming the content type', async () => {
    const response = await request(t.http)
      .post(`/api/v1/organising-bodies/${body.id}/visitor-imports`)
      .set(bearer(body.organiser.token))
      .send({ rows: [] })
      .expect(415);
    expect(response.body.fields).toEqual([expect.objectContaining({ field: 'content-type' })]);
  });
});
