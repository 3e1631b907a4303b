import request from 'supertest';
import { Role } from '@hoicho/platform';
import { bearer, createTestApp, createUser, SignedIn, TestApp } from '../../support/test-app';
import {
  addVisitor,
  answer,
  Body,
  createCampaign,
  importFile,
  mailsTo,
  rsvpLink,
  sendCampaign,
  setUpBody,
} from './support/invitations';

type Method = 'get' | 'post' | 'patch';

interface Fixture {
  body: Body;
  visitorId: string;
  importId: string;
  campaignId: string;
  ticketId: string;
  token: string;
}

describe('object-level access: bodies see only their own; a token opens only its invitation', () => {
  let t: TestApp;
  let x: Fixture;
  let y: Fixture;
  let producer: SignedIn;

  async function fixture(label: string): Promise<Fixture> {
    const body = await setUpBody(t);
    const visitorId = await addVisitor(t, body.organiser.token, body.id, {
      name: `Khách ${label}`,
      email: `guest.${label}@example.vn`,
      segment: 'buyer',
    });
    await addVisitor(t, body.organiser.token, body.id, {
      name: `Khách hai ${label}`,
      email: `second.${label}@example.vn`,
      segment: 'buyer',
    });
    const { done } = await importFile(
      t,
      body.organiser.token,
      body.id,
      `Name,Email\nImported ${label},imported.${label}@example.vn\n`,
    );
    const campaignId = await createCampaign(t, body.organiser.token, body.id, {
      fairId: body.fairId,
      name: `Campaign ${label}`,
      audience: { segments: ['buyer'] },
      preAccepted: true,
    });
    await sendCampaign(t, body.organiser.token, campaignId);
    const [mail] = await mailsTo(t, `guest.${label}@example.vn`, 1);
    const [{ id: ticketId }] = await t.dataSource.query(
      `SELECT t.id FROM tickets t WHERE t.visitor_id = $1`,
      [visitorId],
    );
    return {
      body,
      visitorId,
      importId: done.id,
      campaignId,
      ticketId,
      token: rsvpLink(mail).token,
    };
  }

  beforeAll(async () => {
    t = await createTestApp({
      RATE_LIMIT_PUBLIC_PER_MINUTE: '20',
      RATE_LIMIT_FORMS_PER_MINUTE: '20',
    });
    x = await fixture('x');
    y = await fixture('y');
    producer = await createUser(t, Role.Producer, {
      producerId: (
        await t.dataSource.query(
          `INSERT INTO producers (legal_name_vi) VALUES ('HTX') RETURNING id`,
        )
      )[0].id,
    });
  });
  afterAll(() => t.close());

  const routes = (f: Fixture): [Method, string, object?][] => [
    ['get', `/api/v1/organising-bodies/${f.body.id}/visitors`],
    ['post', `/api/v1/organising-bodies/${f.body.id}/visitors`, { name: 'A', email: 'a@x.vn' }],
    ['get', `/api/v1/visitors/${f.visitorId}`],
    ['patch', `/api/v1/visitors/${f.visitorId}`, { name: 'Hijacked' }],
    ['get', `/api/v1/organising-bodies/${f.body.id}/visitor-imports`],
    ['get', `/api/v1/visitor-imports/${f.importId}`],
    ['get', `/api/v1/visitor-imports/${f.importId}/errors`],
    ['get', `/api/v1/visitor-imports/${f.importId}/duplicates`],
    ['post', `/api/v1/visitor-imports/${f.importId}/start`],
    ['get', `/api/v1/organising-bodies/${f.body.id}/campaigns`],
    [
      'post',
      `/api/v1/organising-bodies/${f.body.id}/campaigns`,
      { fairId: f.body.fairId, name: 'X', audience: { all: true } },
    ],
    ['get', `/api/v1/campaigns/${f.campaignId}`],
    ['patch', `/api/v1/campaigns/${f.campaignId}`, { name: 'Hijacked' }],
    ['post', `/api/v1/campaigns/${f.campaignId}/preview`, {}],
    ['post', `/api/v1/campaigns/${f.campaignId}/send`, {}],
    ['post', `/api/v1/campaigns/${f.campaignId}/cancel`],
    ['post', `/api/v1/campaigns/${f.campaignId}/reminders`, { audience: 'unanswered' }],
    ['get', `/api/v1/campaigns/${f.campaignId}/reminders`],
    ['get', `/api/v1/campaigns/${f.campaignId}/progress`],
    ['get', `/api/v1/campaigns/${f.campaignId}/funnel`],
    ['get', `/api/v1/campaigns/${f.campaignId}/invitations`],
    ['post', `/api/v1/fairs/${f.body.fairId}/check-ins`, { code: 'HC1.x', gate: 'A' }],
    [
      'post',
      `/api/v1/fairs/${f.body.fairId}/check-ins/offline`,
      {
        scans: [
          { code: 'HC1.x', gate: 'A', nonce: 'abcdefgh', scannedAt: new Date().toISOString() },
        ],
      },
    ],
    ['get', `/api/v1/fairs/${f.body.fairId}/check-ins/stats`],
    ['get', `/api/v1/fairs/${f.body.fairId}/ticket-key`],
    ['get', `/api/v1/fairs/${f.body.fairId}/tickets/revoked`],
    ['post', `/api/v1/fairs/${f.body.fairId}/tickets/${f.ticketId}/revoke`, {}],
  ];

  const call = (user: SignedIn, [method, path, payload]: [Method, string, object?]) => {
    const r = request(t.http)[method](path).set(bearer(user.token));
    return payload ? r.send(payload) : r;
  };

  it("answers 404 to an organiser or gate of body Y on every route of body X's objects, and changes nothing", async () => {
    for (const route of routes(x)) {
      const response = await call(y.body.organiser, route);
      expect([route[1], response.status]).toEqual([route[1], 404]);
    }
    const gateRoutes = routes(x).filter(
      ([, path]) => path.includes('/fairs/') && !path.endsWith('/revoke'),
    );
    for (const route of gateRoutes) {
      const response = await call(y.body.gate, route);
      expect([route[1], response.status]).toEqual([route[1], 404]);
    }
    const [visitor] = await t.dataSource.query('SELECT name FROM visitors WHERE id = $1', [
      x.visitorId,
    ]);
    expect(visitor.name).toBe('Khách x');
    const [campaign] = await t.dataSource.query('SELECT name FROM campaigns WHERE id = $1', [
      x.campaignId,
    ]);
    expect(campaign.name).toBe('Campaign x');
    const [ticket] = await t.dataSource.query('SELECT status FROM tickets WHERE id = $1', [
      x.ticketId,
    ]);
    expect(ticket.status).toBe('active');
    // Body X's lists hold none of body Y's people.
    const list = await request(t.http)
      .get(`/api/v1/organising-bodies/${x.body.id}/visitors`)
      .set(bearer(x.body.organiser.token))
      .expect(200);
    expect(list.body.items.map((v: { email: string }) => v.email).sort()).toEqual([
      'guest.x@example.vn',
      'imported.x@example.vn',
      'second.x@example.vn',
    ]);
  });

  it('keeps gate staff and producers out of visitor lists and campaigns (403)', async () => {
    for (const route of routes(x).filter(([, path]) => !path.includes('/fairs/'))) {
      for (const user of [x.body.gate, producer]) {
        const response = await call(user, route);
        expect([route[1], response.status]).toEqual([route[1], 403]);
      }
    }
    for (const route of routes(x).filter(([, path]) => path.includes('/fairs/'))) {
      const response = await call(producer, route);
      expect([route[1], response.status]).toEqual([route[1], 403]);
    }
  });

  it('opens with a token only its own invitation; a changed or foreign-looking token opens none', async () => {
    const own = await request(t.http).get(`/api/v1/invitations/${x.token}`).expect(200);
    expect(own.body).toMatchObject({ name: 'Khách x', fair: { id: x.body.fairId } });
    const other = await request(t.http).get(`/api/v1/invitations/${y.token}`).expect(200);
    expect(other.body).toMatchObject({ name: 'Khách y', fair: { id: y.body.fairId } });
    expect(own.body.invitationId).not.toBe(other.body.invitationId);

    const altered = x.token.slice(0, -1) + (x.token.endsWith('A') ? 'B' : 'A');
    for (const token of [
      altered,
      'short',
      x.token.toLowerCase() === x.token ? 'x'.repeat(43) : x.token.toLowerCase(),
    ]) {
      const response = await request(t.http).get(`/api/v1/invitations/${token}`).expect(404);
      expect(response.body.code).toBe('invitation_not_found');
      await answer(t, token, { answer: 'decline' }).expect(404);
    }
    // Declining with Y's token leaves X's invitation accepted.
    await answer(t, y.token, { answer: 'decline' }).expect(200);
    const after = await request(t.http).get(`/api/v1/invitations/${x.token}`).expect(200);
    expect(after.body.rsvpStatus).toBe('accepted');
    // No response ever carries the stored token hash or sealed token.
    expect(JSON.stringify(after.body)).not.toMatch(/token_?hash|sealed/i);
  });

  it('rate-limits public registration per client address, whatever emails it sends', async () => {
    let n = 0;
    const send = () =>
      request(t.http)
        .post(`/api/v1/public/fairs/${x.body.fairId}/registrations`)
        .send({ name: 'Bot', email: `flood${n++}@example.vn` });
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await send()).status);
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(202));
    expect(statuses[20]).toBe(429);
  });
});
