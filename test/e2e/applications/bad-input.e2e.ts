import request from 'supertest';
import { Role } from '@hoicho/platform';
import {
  bearer,
  createBody,
  createTestApp,
  createUser,
  SignedIn,
  TestApp,
} from '../../support/test-app';
import {
  application,
  applyAndSubmit,
  createOpenFair,
  createProducerMember,
  outboxSettled,
} from './support/applications';

type Method = 'get' | 'post' | 'patch' | 'put';
/** [method, path, body, the field the 400 must name] */
type Case = [Method, string, unknown, string];

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

async function snapshot(t: TestApp): Promise<string> {
  const parts: string[] = [];
  for (const table of [
    'applications',
    'application_events',
    'application_settings',
    'outbox_messages',
    'support_programmes',
  ]) {
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM ${table} x`,
    );
    parts.push(`${table}:${row.n}:${row.h}`);
  }
  return parts.join(' ');
}

describe('bad input on every applications route: 400 naming the field, nothing written', () => {
  let t: TestApp;
  let organiser: SignedIn;
  let producer: SignedIn & { producerId: string };
  let fairId: string;
  let draftId: string;
  let submittedId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const bodyId = await createBody(t);
    organiser = await createUser(t, Role.Organiser, { organisingBodyId: bodyId });
    fairId = (
      await createOpenFair(t, organiser, bodyId, {
        programme: { nameVi: 'Hỗ trợ', ratePercent: 50, totalBudget: '10000000' },
      })
    ).id;
    producer = await createProducerMember(t);
    const other = await createProducerMember(t, 'Cơ sở khác');
    submittedId = await applyAndSubmit(t, other, fairId);
    const draft = await request(t.http)
      .post(`/api/v1/fairs/${fairId}/applications`)
      .set(bearer(producer.token))
      .send(application())
      .expect(201);
    draftId = draft.body.id;
    await outboxSettled(t);
  });
  afterAll(() => t.close());

  const producerCases = (): Case[] => {
    const create = `/api/v1/fairs/${fairId}/applications`;
    const valid = application();
    return [
      ['post', create, { ...valid, boothsWanted: 0 }, 'boothsWanted'],
      ['post', create, { ...valid, boothsWanted: 21 }, 'boothsWanted'],
      ['post', create, { ...valid, boothsWanted: '2' }, 'boothsWanted'],
      ['post', create, { ...valid, boothsWanted: 1.5 }, 'boothsWanted'],
      ['post', create, { ...valid, boothsWanted: undefined }, 'boothsWanted'],
      ['post', create, { ...valid, boothTypes: [] }, 'boothTypes'],
      ['post', create, { ...valid, boothTypes: 'tieu-chuan' }, 'boothTypes'],
      ['post', create, { ...valid, boothTypes: ['Tiêu chuẩn'] }, 'boothTypes'],
      ['post', create, { ...valid, boothTypes: ['tieu-chuan', 'khong-co'] }, 'boothTypes.1'],
      ['post', create, { ...valid, zones: ['may-tre-dan', 'khong-co'] }, 'zones.1'],
      ['post', create, { ...valid, zones: 'may-tre-dan' }, 'zones'],
      ['post', create, { ...valid, zones: ['gom-su', 'gom-su'] }, 'zones'],
      ['post', create, { ...valid, wantsCorner: 'yes' }, 'wantsCorner'],
      ['post', create, { ...valid, nearProducerIds: ['abc'] }, 'nearProducerIds'],
      ['post', create, { ...valid, nearProducerIds: [UNKNOWN] }, 'nearProducerIds.0'],
      ['post', create, { ...valid, nearProducerIds: [producer.producerId] }, 'nearProducerIds.0'],
      ['post', create, { ...valid, productIds: [UNKNOWN] }, 'productIds.0'],
      ['post', create, { ...valid, productIds: 'x' }, 'productIds'],
      ['post', create, { ...valid, needs: 'power' }, 'needs'],
      ['post', create, { ...valid, needs: { power: 'yes' } }, 'needs.power'],
      ['post', create, { ...valid, needs: { note: 'x'.repeat(1001) } }, 'needs.note'],
      ['post', create, { ...valid, needs: { gas: true } }, 'needs.gas'],
      ['post', create, { ...valid, supportProgrammeId: 'abc' }, 'supportProgrammeId'],
      ['post', create, { ...valid, supportProgrammeId: UNKNOWN }, 'supportProgrammeId'],
      ['post', create, { ...valid, status: 'approved' }, 'status'],
      ['post', '/api/v1/fairs/abc/applications', valid, 'fairId'],
      ['get', '/api/v1/fairs/abc/application-form', undefined, 'fairId'],
      ['get', '/api/v1/applications?fairId=abc', undefined, 'fairId'],
      ['get', '/api/v1/applications/abc', undefined, 'applicationId'],
      ['patch', `/api/v1/applications/${draftId}`, { boothsWanted: null }, 'boothsWanted'],
      ['patch', `/api/v1/applications/${draftId}`, { boothTypes: null }, 'boothTypes'],
      ['patch', `/api/v1/applications/${draftId}`, { zones: ['x y'] }, 'zones'],
      ['patch', `/api/v1/applications/${draftId}`, { zones: ['lua', 'khong-co'] }, 'zones.1'],
      ['patch', `/api/v1/applications/${draftId}`, { producerId: UNKNOWN }, 'producerId'],
      ['patch', '/api/v1/applications/abc', { boothsWanted: 2 }, 'applicationId'],
      ['post', '/api/v1/applications/abc/submit', {}, 'applicationId'],
      ['post', `/api/v1/applications/${draftId}/withdraw`, { reason: 5 }, 'reason'],
      ['post', `/api/v1/applications/${draftId}/withdraw`, { reason: '' }, 'reason'],
      ['post', `/api/v1/applications/${draftId}/withdraw`, { why: 'x' }, 'why'],
      ['post', '/api/v1/applications/abc/withdraw', {}, 'applicationId'],
    ];
  };

  const organiserCases = (): Case[] => {
    const fair = `/api/v1/fairs/${fairId}`;
    const one = `${fair}/applications/${submittedId}`;
    const pay = (over: object) => ({
      applicationId: submittedId,
      amount: '1000',
      paidOn: '2027-08-05',
      method: 'transfer',
      ...over,
    });
    return [
      ['get', '/api/v1/fairs/abc/application-settings', undefined, 'fairId'],
      ['patch', `${fair}/application-settings`, { thresholds: [1, 2, 3] }, 'thresholds'],
      ['patch', `${fair}/application-settings`, { thresholds: [4, 3, 2, 1] }, 'thresholds'],
      ['patch', `${fair}/application-settings`, { thresholds: [1, 2, 3, 'x'] }, 'thresholds'],
      ['patch', `${fair}/application-settings`, { depositPercent: 101 }, 'depositPercent'],
      ['patch', `${fair}/application-settings`, { depositPercent: 12.5 }, 'depositPercent'],
      ['patch', `${fair}/application-settings`, { craftVillagePoints: -1 }, 'craftVillagePoints'],
      ['patch', `${fair}/application-settings`, { craftVillagePoints: null }, 'craftVillagePoints'],
      [
        'patch',
        `${fair}/application-settings`,
        { earlySubmissionPercent: 200 },
        'earlySubmissionPercent',
      ],
      ['get', `${fair}/applications?status=done`, undefined, 'status'],
      ['get', `${fair}/applications?sort=name`, undefined, 'sort'],
      ['get', `${fair}/applications?order=up`, undefined, 'order'],
      ['get', `${fair}/applications?ocopMin=6`, undefined, 'ocopMin'],
      ['get', `${fair}/applications?pending=maybe`, undefined, 'pending'],
      ['get', `${fair}/applications?page=0`, undefined, 'page'],
      ['get', `${fair}/applications?colour=red`, undefined, 'colour'],
      ['get', '/api/v1/fairs/abc/applications', undefined, 'fairId'],
      [
        'post',
        `${fair}/applications/decisions`,
        { applicationIds: [], decision: 'approved' },
        'applicationIds',
      ],
      [
        'post',
        `${fair}/applications/decisions`,
        { applicationIds: ['abc'], decision: 'approved' },
        'applicationIds',
      ],
      ['post', `${fair}/applications/decisions`, { decision: 'approved' }, 'applicationIds'],
      [
        'post',
        `${fair}/applications/decisions`,
        { applicationIds: [submittedId], decision: 'maybe' },
        'decision',
      ],
      [
        'post',
        `${fair}/applications/decisions`,
        { applicationIds: [submittedId], decision: 'rejected' },
        'reason',
      ],
      [
        'post',
        `${fair}/applications/decisions/release`,
        { applicationIds: 'abc' },
        'applicationIds',
      ],
      ['post', `${fair}/applications/decisions/release`, { applicationIds: [] }, 'applicationIds'],
      ['post', `${fair}/applications/decisions/release`, { all: true }, 'all'],
      ['get', `${fair}/applications/abc`, undefined, 'applicationId'],
      ['get', `${fair}/applications/abc/events`, undefined, 'applicationId'],
      ['post', `${one}/decision`, {}, 'decision'],
      ['post', `${one}/decision`, { decision: 'approve' }, 'decision'],
      ['post', `${one}/decision`, { decision: 'rejected' }, 'reason'],
      ['post', `${one}/decision`, { decision: 'rejected', reason: '   ' }, 'reason'],
      ['post', `${one}/decision`, { decision: 'approved', reason: 7 }, 'reason'],
      ['post', `${fair}/applications/abc/decision`, { decision: 'approved' }, 'applicationId'],
      ['put', `${one}/priority`, { priority: 6, reason: 'x' }, 'priority'],
      ['put', `${one}/priority`, { reason: 'x' }, 'priority'],
      ['put', `${one}/priority`, { priority: 3 }, 'reason'],
      ['put', `${one}/priority`, { priority: 2.5, reason: 'x' }, 'priority'],
      // Money is recorded through the payments library's route (one way, with a receipt).
      ['post', `${fair}/payments`, pay({ amount: '1.5' }), 'amount'],
      ['post', `${fair}/payments`, pay({ amount: '-5' }), 'amount'],
      ['post', `${fair}/payments`, pay({ amount: 0 }), 'amount'],
      ['post', `${fair}/payments`, pay({ amount: '4.500.000' }), 'amount'],
      ['post', `${fair}/payments`, pay({ reference: 5 }), 'reference'],
      ['post', `${fair}/payments`, pay({ applicationId: 'abc' }), 'applicationId'],
    ];
  };

  async function check(who: SignedIn, cases: Case[]) {
    const before = await snapshot(t);
    for (const [method, path, body, field] of cases) {
      const call = request(t.http)[method](path).set(bearer(who.token));
      const response = await (method === 'get' ? call : call.send(body as object));
      const fields = (response.body.fields ?? []).map((f: { field: string }) => f.field);
      expect({
        method,
        path,
        body,
        status: response.status,
        named: fields.includes(field),
      }).toEqual({ method, path, body, status: 400, named: true });
    }
    expect(await snapshot(t)).toBe(before);
  }

  it('refuses bad input on the producer routes', async () => {
    await check(producer, producerCases());
  });

  it('refuses bad input on the organiser routes', async () => {
    await check(organiser, organiserCases());
  });

  it('refuses a body that is not JSON', async () => {
    const response = await request(t.http)
      .post(`/api/v1/fairs/${fairId}/applications`)
      .set(bearer(producer.token))
      .set('Content-Type', 'application/json')
      .send('{"boothsWanted": 1,')
      .expect(400);
    expect(response.body.fields).toEqual([{ field: 'body', message: 'not valid JSON' }]);
  });
});
