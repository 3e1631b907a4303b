import { ApplicationsDemoService, ApplicationsService } from '@hoicho/applications';
import { AuthUser, formatVnd, Role } from '@hoicho/platform';
import {
  createBody,
  createTestApp,
  createUser,
  mailTo,
  SignedIn,
  TestApp,
} from '../../support/test-app';
import {
  application,
  applyAndSubmit,
  as,
  count,
  createOpenFair,
  createProducerMember,
  dateIn,
  lettersTo,
  OpenFair,
} from './support/applications';

const HALF = {
  nameVi: 'Hỗ trợ Tuần hàng Việt 2026',
  nameEn: 'Vietnamese Goods Week support 2026',
  ratePercent: 50,
  maxBoothsPerProducer: 2,
  totalBudget: '300000000',
  requireRecognisedCraftVillage: true,
  minOcopStars: 3,
  allowedLegalForms: ['cooperative', 'cooperative_group', 'household_business'],
};

describe('applications: apply, review, approve with support, release, letter in VND', () => {
  let t: TestApp;
  let bodyId: string;
  let organiser: SignedIn;
  let fair: OpenFair;

  beforeAll(async () => {
    t = await createTestApp();
    bodyId = await createBody(t);
    organiser = await createUser(t, Role.Organiser, { organisingBodyId: bodyId });
    fair = await createOpenFair(t, organiser, bodyId, { programme: HALF });
  });
  afterAll(() => t.close());

  it('walks the whole path from a Phú Vinh producer’s application to its approval letter', async () => {
    const producer = await createProducerMember(t, 'HTX Mây tre đan Phú Vinh');
    const me = as(t, producer);
    const org = as(t, organiser);
    // The producer fills its profile (a recognised craft village) and its catalogue.
    const [{ id: phuVinh }] = await t.dataSource.query(
      `SELECT id FROM craft_villages WHERE name = 'Phú Vinh'`,
    );
    await me
      .patch(`/api/v1/producers/${producer.producerId}`, {
        legalNameVi: 'Hợp tác xã Mây tre đan Phú Vinh',
        legalForm: 'cooperative',
        taxCode: '0100109106',
        address: {
          provinceCode: '01',
          communeCode: '10030',
          detail: 'Thôn Vân Hòa',
          formerAddress: 'Xã Phú Nghĩa, huyện Chương Mỹ, Hà Nội',
        },
        craftVillageId: phuVinh,
        contacts: [{ name: 'Nguyễn Văn An', phone: '0912345678' }],
      })
      .expect(200);
    const lamp = await me
      .post(`/api/v1/producers/${producer.producerId}/products`, {
        nameVi: 'Chao đèn mây',
        category: 'Đèn, chao đèn',
        materials: ['mây', 'tre'],
        priceMin: '350000',
        priceMax: '550000',
        ocop: { stars: 4, expiresOn: dateIn(400) },
      })
      .expect(201);

    const form = await me.get(`/api/v1/fairs/${fair.id}/application-form`).expect(200);
    expect(form.body.boothTypes.map((b: { code: string }) => b.code).sort()).toEqual([
      'goc',
      'tieu-chuan',
    ]);
    expect(form.body.supportProgrammes[0]).toMatchObject({ id: fair.programmeId, ratePercent: 50 });
    expect(form.body.depositPercent).toBe(50);

    const draft = await me
      .post(
        `/api/v1/fairs/${fair.id}/applications`,
        application({
          boothsWanted: 2,
          boothTypes: ['tieu-chuan', 'goc'],
          zones: ['may-tre-dan', 'gom-su'],
          wantsCorner: true,
          productIds: [lamp.body.id],
          supportProgrammeId: fair.programmeId,
        }),
      )
      .expect(201);
    expect(draft.body).toMatchObject({
      status: 'draft',
      boothsWanted: 2,
      boothTypes: ['tieu-chuan', 'goc'],
      zones: ['may-tre-dan', 'gom-su'],
      wantsCorner: true,
      needs: { power: true, water: false, note: null },
      fee: null,
      allowedActions: ['submit', 'withdraw'],
    });
    expect(draft.body.reference).toMatch(/^HC-[0-9A-F]{10}$/);
    const id = draft.body.id;

    // Editable while a draft; the organiser does not see drafts.
    await me.patch(`/api/v1/applications/${id}`, { zones: ['may-tre-dan'] }).expect(200);
    await org.get(`/api/v1/fairs/${fair.id}/applications/${id}`).expect(404);

    const submitted = await me.post(`/api/v1/applications/${id}/submit`).expect(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', zones: ['may-tre-dan'] });
    const notAgain = await me.post(`/api/v1/applications/${id}/submit`).expect(409);
    expect(notAgain.body).toMatchObject({
      code: 'application_transition',
      details: { status: 'submitted', event: 'submit' },
    });
    const locked = await me.patch(`/api/v1/applications/${id}`, { boothsWanted: 3 }).expect(409);
    expect(locked.body.code).toBe('application_not_editable');
    // One live application per producer and fair.
    const second = await me
      .post(`/api/v1/fairs/${fair.id}/applications`, application())
      .expect(409);
    expect(second.body).toMatchObject({
      code: 'application_exists',
      details: { applicationId: id },
    });

    const list = await org.get(`/api/v1/fairs/${fair.id}/applications`).expect(200);
    expect(list.body).toMatchObject({ total: 1, page: 1 });
    expect(list.body.items[0]).toMatchObject({
      id,
      status: 'submitted',
      reviewStatus: 'submitted',
      producer: {
        name: 'Hợp tác xã Mây tre đan Phú Vinh',
        legalForm: 'cooperative',
        craftVillage: 'Phú Vinh',
        craftVillageRecognised: true,
        craft: 'may-tre-dan',
        ocopStars: 4,
        firstParticipation: true,
      },
      productIds: [lamp.body.id],
      // Default rules: village 10 + OCOP 4 × 3 + first time 5 + earliest 25% 4 = 31 → 5.
      priority: {
        priority: 5,
        score: 31,
        points: { craftVillage: 10, ocop: 12, firstParticipation: 5, earlySubmission: 4 },
        overridden: false,
      },
      allowedActions: ['approve', 'reject', 'waitlist', 'withdraw'],
    });

    // Approve: staged, the fee worked out with the 50% programme, the producer told nothing.
    const approved = await org
      .post(`/api/v1/fairs/${fair.id}/applications/${id}/decision`, { decision: 'approved' })
      .expect(200);
    expect(approved.body).toMatchObject({
      status: 'submitted',
      pendingDecision: 'approved',
      reviewStatus: 'approved',
      grantHeld: '12000000',
      fee: {
        lines: [{ boothType: 'tieu-chuan', unitPrice: '12000000', count: 2 }],
        fee: '24000000',
        subsidy: '12000000',
        amountDue: '12000000',
        depositPercent: 50,
        deposit: '6000000',
        balance: '6000000',
        amountPaid: '0',
        paymentStatus: 'unpaid',
        programme: HALF.nameVi,
        unmet: [],
      },
    });
    const seen = await me.get(`/api/v1/applications/${id}`).expect(200);
    expect(seen.body).toMatchObject({ status: 'submitted', fee: null });
    expect(seen.body.pendingDecision).toBeUndefined();
    expect(
      await count(t, 'SELECT budget_used FROM support_programmes WHERE id = $1', [
        fair.programmeId,
      ]),
    ).toBe(12_000_000);
    expect(
      await count(
        t,
        `SELECT count(*) FROM outbox_messages WHERE template = 'application.decision'`,
      ),
    ).toBe(0);

    const released = await org
      .post(`/api/v1/fairs/${fair.id}/applications/decisions/release`, {})
      .expect(200);
    expect(released.body).toEqual({ released: 1, applicationIds: [id], letters: 1 });

    const receipt = await mailTo(t, producer.email);
    expect(receipt.subject).toBe(`Đã nhận hồ sơ ${draft.body.reference}: Hội chợ làng nghề Hà Nội`);
    const letter = await mailTo(t, producer.email, 2);
    expect(letter.subject).toBe(
      `Hồ sơ ${draft.body.reference} đã được duyệt: Hội chợ làng nghề Hà Nội`,
    );
    for (const part of [letter.text, letter.html]) {
      expect(part).toContain(formatVnd(24_000_000n)); // "24.000.000 ₫"
      expect(part).toContain(formatVnd(12_000_000n));
      expect(part).toContain(formatVnd(6_000_000n));
      expect(part).toContain(draft.body.reference);
    }
    expect(letter.text).toMatch(/Số tiền phải nộp: 12\.000\.000\s₫/);
    // Due by the day of the fair's payment terms (payments' default: 7 days after release).
    const due = dateIn(7).split('-').reverse().join('/');
    expect(letter.text).toContain(
      `Đặt cọc (50%) cần nộp trước ngày ${due}: ${formatVnd(6_000_000n)}`,
    );
    expect(letter.text).toContain('Hỗ trợ (Hỗ trợ Tuần hàng Việt 2026): −12.000.000');

    const told = await me.get(`/api/v1/applications/${id}`).expect(200);
    expect(told.body).toMatchObject({
      status: 'approved',
      fee: { amountDue: '12000000', deposit: '6000000' },
      allowedActions: ['withdraw'],
    });

    // Released approvals are final; a rejection needs a reason.
    const final = await org
      .post(`/api/v1/fairs/${fair.id}/applications/${id}/decision`, { decision: 'waitlisted' })
      .expect(409);
    expect(final.body).toMatchObject({
      code: 'application_transition',
      details: { status: 'approved', allowed: ['withdraw'] },
    });
    const noReason = await org
      .post(`/api/v1/fairs/${fair.id}/applications/${id}/decision`, { decision: 'rejected' })
      .expect(400);
    expect(noReason.body.fields.map((f: { field: string }) => f.field)).toEqual(['reason']);

    // Payments (recorded through the payments library, with a receipt): the deposit, then too much.
    const deposit = await org
      .post(`/api/v1/fairs/${fair.id}/payments`, {
        applicationId: id,
        amount: '6000000',
        paidOn: '2027-08-05',
        method: 'transfer',
        reference: 'UNC 0921',
      })
      .expect(201);
    expect(deposit.body.id).toEqual(expect.any(String));
    const paid = await org.get(`/api/v1/fairs/${fair.id}/applications/${id}`).expect(200);
    expect(paid.body.fee).toMatchObject({
      amountPaid: '6000000',
      paymentStatus: 'deposit_paid',
    });
    const over = await org
      .post(`/api/v1/fairs/${fair.id}/payments`, {
        applicationId: id,
        amount: '6000001',
        paidOn: '2027-08-05',
        method: 'cash',
      })
      .expect(422);
    expect(over.body).toMatchObject({ code: 'overpayment', fields: [{ field: 'amount' }] });

    // Every change, with who and when.
    const events = await org.get(`/api/v1/fairs/${fair.id}/applications/${id}/events`).expect(200);
    expect(events.body.map((e: { event: string }) => e.event)).toEqual([
      'create',
      'update',
      'submit',
      'approve',
      'release',
      'payment',
    ]);
    expect(events.body[3]).toMatchObject({
      fromStatus: 'submitted',
      fromPending: null,
      toStatus: 'submitted',
      toPending: 'approved',
      actorId: organiser.id,
      actorName: 'Người Thử',
      data: { fee: '24000000', subsidy: '12000000' },
    });
    expect(events.body[4]).toMatchObject({ toStatus: 'approved', toPending: null });
    expect(new Date(events.body[4].occurredAt).getTime()).toBeGreaterThan(
      new Date(events.body[3].occurredAt).getTime(),
    );

    // Exactly one letter; allocation sees the approval as a request.
    expect(lettersTo(t, producer.email)).toHaveLength(1);
    const requests = await t.app.get(ApplicationsService).approvedRequests(fair.id);
    expect(requests).toEqual([
      {
        id,
        producerId: producer.producerId,
        producerName: 'Hợp tác xã Mây tre đan Phú Vinh',
        size: 2,
        types: ['tieu-chuan', 'goc'],
        zones: ['may-tre-dan'],
        corner: true,
        priority: 5,
        near: [],
      },
    ]);
  });
  it('approves without support a producer that does not meet the programme’s conditions', async () => {
    const producer = await createProducerMember(t, 'Công ty TNHH Quà tặng Hà Nội');
    const org = as(t, organiser);
    const id = await applyAndSubmit(
      t,
      producer,
      fair.id,
      application({ supportProgrammeId: fair.programmeId }),
    );
    const used = () =>
      count(t, 'SELECT budget_used FROM support_programmes WHERE id = $1', [fair.programmeId]);
    const before = await used();
    const approved = await org
      .post(`/api/v1/fairs/${fair.id}/applications/${id}/decision`, { decision: 'approved' })
      .expect(200);
    expect(approved.body.fee).toMatchObject({
      fee: '12000000',
      subsidy: '0',
      amountDue: '12000000',
      deposit: '6000000',
      unmet: [
        { code: 'legal_form_unknown' },
        { code: 'not_recognised_craft_village' },
        { code: 'ocop_missing' },
      ],
    });
    expect(approved.body.grantHeld).toBe('0');
    expect(await used()).toBe(before);
  });

  it('seeds demo applications in every status through the same services', async () => {
    const asUser = (who: SignedIn, role: Role): AuthUser => ({
      id: who.id,
      email: who.email,
      role,
      locale: 'vi',
      organisingBodyId: who.organisingBodyId,
      producerId: who.producerId,
      sessionId: 'demo',
    });
    const demoFair = await createOpenFair(t, organiser, bodyId, { programme: HALF });
    const members = [];
    for (let i = 0; i < 10; i++) members.push(await createProducerMember(t, `Cơ sở demo ${i + 1}`));
    const counts = await t.app.get(ApplicationsDemoService).seed(
      demoFair.id,
      asUser(organiser, Role.Organiser),
      members.map((m, i) => ({
        member: asUser(m, Role.Producer),
        boothTypes: ['tieu-chuan'],
        zones: [['may-tre-dan', 'gom-su', 'lua'][i % 3]],
        supportProgrammeId: demoFair.programmeId,
      })),
    );
    expect(counts).toEqual({
      approved: 3,
      approved_staged: 1,
      waitlisted: 1,
      rejected: 1,
      submitted: 2,
      draft: 1,
      withdrawn: 1,
    });
    const rows: { status: string; pending: string | null; n: number }[] = await t.dataSource.query(
      `SELECT status, pending_decision AS pending, count(*)::int AS n FROM applications
        WHERE fair_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`,
      [demoFair.id],
    );
    expect(rows).toEqual([
      { status: 'approved', pending: null, n: 3 },
      { status: 'draft', pending: null, n: 1 },
      { status: 'rejected', pending: null, n: 1 },
      { status: 'submitted', pending: 'approved', n: 1 },
      { status: 'submitted', pending: null, n: 2 },
      { status: 'waitlisted', pending: null, n: 1 },
      { status: 'withdrawn', pending: null, n: 1 },
    ]);
  });
});
