import { Role } from '@hoicho/platform';
import { createBody, createTestApp, createUser, SignedIn, TestApp } from '../../support/test-app';
import {
  application,
  applyAndSubmit,
  as,
  count,
  createOpenFair,
  createProducerMember,
  OpenFair,
} from './support/applications';

/** The organiser's review desk: its filters, the producers' order, and the release preview. */
describe('review desk: filters, Vietnamese order, release preview', () => {
  let t: TestApp;
  let organiser: SignedIn;
  let stranger: SignedIn;
  let fair: OpenFair;
  const ids: Record<string, string> = {};
  const list = (query: string) =>
    as(t, organiser).get(`/api/v1/fairs/${fair.id}/applications?${query}`);
  const names = (body: { items: { producer: { name: string } }[] }) =>
    body.items.map((item) => item.producer.name);

  beforeAll(async () => {
    t = await createTestApp();
    const bodyId = await createBody(t);
    organiser = await createUser(t, Role.Organiser, { organisingBodyId: bodyId });
    stranger = await createUser(t, Role.Organiser, { organisingBodyId: await createBody(t) });
    fair = await createOpenFair(t, organiser, bodyId, {
      programme: { nameVi: 'Hỗ trợ 50%', ratePercent: 50, totalBudget: '100000000' },
    });
    for (const [key, name, zones, programme] of [
      ['dang', 'Đặng Gốm', ['gom-su'], false],
      ['anh', 'Ánh Lụa', ['lua'], true],
      ['an', 'An Mây', ['may-tre-dan', 'gom-su'], false],
      ['duong', 'Dương Tre', ['may-tre-dan'], true],
    ] as const) {
      const member = await createProducerMember(t, name);
      if (key === 'duong') {
        await t.dataSource.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [member.id]);
      }
      ids[key] = await applyAndSubmit(
        t,
        member,
        fair.id,
        application({
          zones: [...zones],
          ...(programme ? { supportProgrammeId: fair.programmeId } : {}),
        }),
      );
    }
  });
  afterAll(() => t.close());

  it('sorts producers in Vietnamese order and filters by zone wished and programme', async () => {
    const byName = await list('sort=producer').expect(200);
    expect(names(byName.body)).toEqual(['An Mây', 'Ánh Lụa', 'Dương Tre', 'Đặng Gốm']);
    const desc = await list('sort=producer&order=desc').expect(200);
    expect(names(desc.body)).toEqual(['Đặng Gốm', 'Dương Tre', 'Ánh Lụa', 'An Mây']);
    const ceramics = await list('zone=gom-su&sort=producer').expect(200);
    expect(names(ceramics.body)).toEqual(['An Mây', 'Đặng Gốm']);
    const supported = await list(`programme=${fair.programmeId}&sort=producer`).expect(200);
    expect(names(supported.body)).toEqual(['Ánh Lụa', 'Dương Tre']);
  });

  it('filters by the computed priority, paged by the database', async () => {
    const all = await list('pageSize=100').expect(200);
    const priorities = new Map<number, string[]>();
    for (const item of all.body.items as { id: string; priority: { priority: number } }[]) {
      priorities.set(item.priority.priority, [
        ...(priorities.get(item.priority.priority) ?? []),
        item.id,
      ]);
    }
    for (const [priority, expected] of priorities) {
      const answer = await list(`priority=${priority}`).expect(200);
      expect(answer.body.total).toBe(expected.length);
      expect(answer.body.items.map((i: { id: string }) => i.id).sort()).toEqual(expected.sort());
    }
    const none = [1, 2, 3, 4, 5].find((p) => !priorities.has(p))!;
    expect((await list(`priority=${none}`).expect(200)).body.total).toBe(0);
  });

  it('refuses a zone the fair has not, a bad programme id or priority, naming the field', async () => {
    for (const [query, field] of [
      ['zone=khong-co', 'zone'],
      ['programme=abc', 'programme'],
      ['priority=9', 'priority'],
      ['sort=ten', 'sort'],
    ]) {
      const answer = await list(query).expect(400);
      expect(answer.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
  });

  it('previews a release: counts, letters, one rendered letter of each kind, nothing written', async () => {
    const org = as(t, organiser);
    const base = `/api/v1/fairs/${fair.id}/applications`;
    await org
      .post(`${base}/decisions`, { applicationIds: [ids.an, ids.duong], decision: 'approved' })
      .expect(200);
    await org
      .post(`${base}/${ids.dang}/decision`, { decision: 'rejected', reason: 'Chưa đúng chủ đề' })
      .expect(200);
    const preview = await org.post(`${base}/decisions/release-preview`, {}).expect(200);
    expect(preview.body).toMatchObject({ staged: 3, approved: 2, rejected: 1, waitlisted: 0 });
    expect(preview.body.letters).toBe(3);
    expect([...preview.body.applicationIds].sort()).toEqual([ids.an, ids.duong, ids.dang].sort());
    const kinds = preview.body.samples.map((s: { decision: string }) => s.decision);
    expect(kinds).toEqual(['approved', 'rejected']);
    const rejected = preview.body.samples.find(
      (s: { decision: string }) => s.decision === 'rejected',
    );
    expect(rejected.text).toContain('Chưa đúng chủ đề');
    expect(rejected.html).toContain('Đặng Gốm');
    expect(rejected.locale).toBe('vi');

    const named = await org
      .post(`${base}/decisions/release-preview`, { applicationIds: [ids.duong] })
      .expect(200);
    expect(named.body).toMatchObject({ staged: 1, approved: 1, letters: 1 });
    expect(named.body.samples[0].locale).toBe('en');

    expect(
      await count(
        t,
        `SELECT count(*) FROM outbox_messages WHERE template = 'application.decision'`,
      ),
    ).toBe(0);
    const still = await list('pending=true').expect(200);
    expect(still.body.total).toBe(3);
  });

  it('is the organising body’s own: another body gets 404, bad ids 400 naming the field', async () => {
    await as(t, stranger)
      .post(`/api/v1/fairs/${fair.id}/applications/decisions/release-preview`, {})
      .expect(404);
    const bad = await as(t, organiser)
      .post(`/api/v1/fairs/${fair.id}/applications/decisions/release-preview`, {
        applicationIds: ['nope'],
      })
      .expect(400);
    expect(bad.body.fields[0].field).toMatch(/^applicationIds/);
  });
});
