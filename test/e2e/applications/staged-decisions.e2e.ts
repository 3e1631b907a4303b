import { Role } from '@hoicho/platform';
import { createBody, createTestApp, createUser, SignedIn, TestApp } from '../../support/test-app';
import {
  application,
  applyAndSubmit,
  as,
  at,
  count,
  createOpenFair,
  createProducerMember,
  lettersTo,
  OpenFair,
} from './support/applications';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('staged decisions: nothing is sent before release, one letter per decision after', () => {
  let t: TestApp;
  let bodyId: string;
  let organiser: SignedIn;
  let fair: OpenFair;
  const base = () => `/api/v1/fairs/${fair.id}/applications`;
  const letters = () =>
    count(t, `SELECT count(*) FROM outbox_messages WHERE template = 'application.decision'`);

  beforeAll(async () => {
    t = await createTestApp();
    bodyId = await createBody(t);
    organiser = await createUser(t, Role.Organiser, { organisingBodyId: bodyId });
    fair = await createOpenFair(t, organiser, bodyId, {
      programme: {
        nameVi: 'Hỗ trợ 50%',
        nameEn: 'Half support',
        ratePercent: 50,
        totalBudget: '100000000',
      },
    });
  });
  afterAll(() => t.close());

  it('stages, changes its mind, releases once: one letter each, in the member’s language', async () => {
    const org = as(t, organiser);
    const [a, b, c, d] = await Promise.all(
      ['Cơ sở gốm Bát Tràng', 'Lụa Vạn Phúc', 'Khảm trai Chuyên Mỹ', 'Tượng gỗ Sơn Đồng'].map(
        (name) => createProducerMember(t, name),
      ),
    );
    await t.dataSource.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [b.id]);
    const ids = {
      a: await applyAndSubmit(t, a, fair.id, application({ supportProgrammeId: fair.programmeId })),
      b: await applyAndSubmit(t, b, fair.id, application({ supportProgrammeId: fair.programmeId })),
      c: await applyAndSubmit(t, c, fair.id),
      d: await applyAndSubmit(t, d, fair.id),
    };

    await org
      .post(`${base()}/decisions`, { applicationIds: [ids.a, ids.b], decision: 'approved' })
      .expect(200);
    await org
      .post(`${base()}/${ids.c}/decision`, {
        decision: 'rejected',
        reason: 'Sản phẩm chưa đúng chủ đề hội chợ',
      })
      .expect(200);
    // The organiser changes its mind about d before anything is released.
    await org.post(`${base()}/${ids.d}/decision`, { decision: 'approved' }).expect(200);
    const changed = await org
      .post(`${base()}/${ids.d}/decision`, { decision: 'waitlisted' })
      .expect(200);
    expect(changed.body).toMatchObject({
      pendingDecision: 'waitlisted',
      fee: null,
      grantHeld: '0',
    });

    // Nothing reaches the producers: no outbox rows, no mail, even after the sweep had time.
    await sleep(1500);
    expect(await letters()).toBe(0);
    for (const who of [a, b, c, d]) {
      expect(lettersTo(t, who.email)).toHaveLength(0);
      const own = await as(t, who).get('/api/v1/applications').expect(200);
      expect(own.body[0]).toMatchObject({ status: 'submitted', fee: null, decisionReason: null });
    }
    const staged = await org.get(`${base()}?pending=true&sort=status`).expect(200);
    expect(staged.body.items.map((i: { reviewStatus: string }) => i.reviewStatus)).toEqual([
      'approved',
      'approved',
      'waitlisted',
      'rejected',
    ]);

    const released = await org.post(`${base()}/decisions/release`, {}).expect(200);
    expect(released.body).toMatchObject({ released: 4, letters: 4 });
    expect(released.body.applicationIds.sort()).toEqual(Object.values(ids).sort());
    await t.mailbox.waitFor(() => [a, b, c, d].every((who) => lettersTo(t, who.email).length >= 1));

    const [toA] = lettersTo(t, a.email);
    expect(toA.subject).toMatch(/^Hồ sơ HC-[0-9A-F]{10} đã được duyệt: /);
    expect(toA.text).toMatch(/Số tiền phải nộp: 6\.000\.000\s₫/);
    const [toB] = lettersTo(t, b.email);
    expect(toB.subject).toMatch(/^Application HC-[0-9A-F]{10} approved: Hanoi Craft Village Fair$/);
    expect(toB.text).toMatch(/Amount due: 6\.000\.000\s₫/);
    expect(toB.text).toContain('Support (Half support): −6.000.000');
    const [toC] = lettersTo(t, c.email);
    expect(toC.subject).toMatch(/không được chấp nhận/);
    expect(toC.text).toContain('Sản phẩm chưa đúng chủ đề hội chợ');
    expect(toC.text).not.toContain('₫');
    const [toD] = lettersTo(t, d.email);
    expect(toD.subject).toMatch(/trong danh sách chờ/);

    const rejected = await as(t, c).get(`/api/v1/applications/${ids.c}`).expect(200);
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      decisionReason: 'Sản phẩm chưa đúng chủ đề hội chợ',
      allowedActions: [],
    });

    // Releasing again finds nothing staged and sends nothing.
    const again = await org.post(`${base()}/decisions/release`, {}).expect(200);
    expect(again.body).toEqual({ released: 0, applicationIds: [], letters: 0 });
    await sleep(1500);
    expect(await letters()).toBe(4);
    for (const who of [a, b, c, d]) expect(lettersTo(t, who.email)).toHaveLength(1);

    // A waitlisted producer gets a place later: a new decision, a new letter.
    await org.post(`${base()}/${ids.d}/decision`, { decision: 'approved' }).expect(200);
    const one = await org
      .post(`${base()}/decisions/release`, { applicationIds: [ids.d, ids.a] })
      .expect(200);
    expect(one.body).toEqual({ released: 1, applicationIds: [ids.d], letters: 1 });
    await t.mailbox.waitFor(() => lettersTo(t, d.email).length === 2);
    expect(lettersTo(t, d.email)[1].subject).toMatch(/đã được duyệt/);
    expect(await letters()).toBe(5);
    const keys: { dedupe_key: string }[] = await t.dataSource.query(
      `SELECT dedupe_key FROM outbox_messages WHERE template = 'application.decision' ORDER BY dedupe_key`,
    );
    expect(keys.map((k) => k.dedupe_key)).toEqual(
      [
        `application:${ids.a}:decision:approved`,
        `application:${ids.b}:decision:approved`,
        `application:${ids.c}:decision:rejected`,
        `application:${ids.d}:decision:approved`,
        `application:${ids.d}:decision:waitlisted`,
      ].sort(),
    );
  });

  it('refuses a bulk decision as a whole when one application cannot take it', async () => {
    const org = as(t, organiser);
    const [p, q] = await Promise.all([
      createProducerMember(t, 'Hương Quảng Phú Cầu'),
      createProducerMember(t, 'Sơn mài Hạ Thái'),
    ]);
    const first = await applyAndSubmit(t, p, fair.id);
    const second = await applyAndSubmit(t, q, fair.id);
    await org
      .post(`${base()}/${first}/decision`, { decision: 'rejected', reason: 'Hết chỗ' })
      .expect(200);
    await org.post(`${base()}/decisions/release`, { applicationIds: [first] }).expect(200);
    const events = () =>
      count(t, 'SELECT count(*) FROM application_events WHERE application_id = $1', [second]);
    const before = await events();
    const refused = await org
      .post(`${base()}/decisions`, { applicationIds: [second, first], decision: 'approved' })
      .expect(409);
    expect(refused.body).toMatchObject({
      code: 'application_transition',
      fields: [{ field: 'applicationIds.1' }],
      details: { refusals: [{ applicationId: first }] },
    });
    const untouched = await org.get(`${base()}/${second}`).expect(200);
    expect(untouched.body).toMatchObject({ pendingDecision: null, status: 'submitted' });
    expect(await events()).toBe(before);
  });

  it('lets a producer withdraw, giving support back, but not a released approval after the deadline', async () => {
    const org = as(t, organiser);
    const [p, q] = await Promise.all([
      createProducerMember(t, 'Bạc Đình Công'),
      createProducerMember(t, 'Thêu Quất Động'),
    ]);
    const staged = await applyAndSubmit(
      t,
      p,
      fair.id,
      application({ supportProgrammeId: fair.programmeId }),
    );
    const final = await applyAndSubmit(
      t,
      q,
      fair.id,
      application({ supportProgrammeId: fair.programmeId }),
    );
    await org
      .post(`${base()}/decisions`, { applicationIds: [staged, final], decision: 'approved' })
      .expect(200);
    await org.post(`${base()}/decisions/release`, { applicationIds: [final] }).expect(200);
    const used = () =>
      count(t, 'SELECT budget_used FROM support_programmes WHERE id = $1', [fair.programmeId]);
    const usedBefore = await used();

    const withdrawn = await as(t, p)
      .post(`/api/v1/applications/${staged}/withdraw`, { reason: 'Không thu xếp được người' })
      .expect(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', allowedActions: [] });
    expect(await used()).toBe(usedBefore - 6_000_000);
    await as(t, p).post(`/api/v1/applications/${staged}/withdraw`, {}).expect(409);
    // A withdrawn application frees the producer to apply again.
    await as(t, p).post(`/api/v1/fairs/${fair.id}/applications`, application()).expect(201);

    await org.patch(`/api/v1/fairs/${fair.id}`, { withdrawalDeadline: at(-1) }).expect(200);
    const late = await as(t, q).post(`/api/v1/applications/${final}/withdraw`, {}).expect(409);
    expect(late.body).toMatchObject({
      code: 'application_transition',
      details: { status: 'approved', event: 'withdraw', allowed: [] },
    });
    expect(late.body.message).toMatch(/withdrawal deadline passed/);
    await org.patch(`/api/v1/fairs/${fair.id}`, { withdrawalDeadline: at(35) }).expect(200);

    const history = await org.get(`${base()}/${staged}/events`).expect(200);
    expect(history.body.at(-1)).toMatchObject({
      event: 'withdraw',
      fromStatus: 'submitted',
      fromPending: 'approved',
      toStatus: 'withdrawn',
      reason: 'Không thu xếp được người',
      actorId: p.id,
      data: { grantReleased: '6000000' },
    });
  });
});
