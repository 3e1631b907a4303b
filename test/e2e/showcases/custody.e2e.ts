import { Role } from '@hoicho/platform';
import { createTestApp, createUser, SignedIn, TestApp } from '../../support/test-app';
import {
  as,
  createFairAt,
  createProduct,
  createPublishedProducer,
  FairSetup,
  fieldsOf,
  mailMatching,
  movesOf,
  PHU_VINH,
  ProducerSetup,
} from './support/showcases';

describe('showcase samples: entries, the custody trail and the unreturned report', () => {
  let t: TestApp;
  let fair: FairSetup;
  let producer: ProducerSetup;
  let english: ProducerSetup;
  let lamp: string;
  let basket: string;
  let vase: string;
  let showcase: string;
  const base = () => `/api/v1/fairs/${fair.fairId}/showcases`;
  const org = () => as(t, fair.organiser.token);

  beforeAll(async () => {
    t = await createTestApp();
    fair = await createFairAt(t, 'open');
    producer = await createPublishedProducer(t, PHU_VINH);
    english = await createPublishedProducer(t, {
      nameVi: 'Công ty Gốm Bát Tràng',
      nameEn: 'Bat Trang Ceramics Ltd',
      village: 'Bát Tràng',
      craft: 'gom-su',
      taxCode: '0100109106',
      locale: 'en',
    });
    lamp = await createProduct(t, producer, {
      nameVi: 'Chao đèn mây',
      nameEn: 'Rattan lamp shade',
      category: 'Đèn',
    });
    basket = await createProduct(t, producer, { nameVi: 'Giỏ tre', category: 'Giỏ' });
    vase = await createProduct(t, english, {
      nameVi: 'Bình gốm men rạn',
      nameEn: 'Crackle-glaze vase',
      category: 'Gốm',
    });
    const created = await org()
      .post(base(), {
        titleVi: 'Tinh hoa mây tre đan Phú Vinh',
        titleEn: 'The art of Phú Vinh rattan',
        theme: 'Mây tre đan trong đời sống hiện đại',
        location: 'Sảnh chính, Nhà A',
        curator: 'Nghệ nhân Nguyễn Văn Điện',
        startsOn: '2026-10-10',
        endsOn: '2026-10-11',
      })
      .expect(201);
    showcase = created.body.id;
    expect(created.body).toMatchObject({
      titleVi: 'Tinh hoa mây tre đan Phú Vinh',
      startsOn: '2026-10-10',
      entries: { invited: 0, accepted: 0 },
    });
  });
  afterAll(() => t.close());

  async function acceptedSample(member: SignedIn, producerId: string, productId: string) {
    const invited = await org()
      .post(`${base()}/${showcase}/invitations`, {
        producerId,
        productId,
        quantity: 2,
        declaredValue: '2500000',
      })
      .expect(201);
    expect(invited.body).toMatchObject({
      entryStatus: 'invited',
      custodyStatus: null,
      labelCode: null,
    });
    const accepted = await as(t, member.token)
      .post(`${base()}/${showcase}/samples/${invited.body.id}/accept`, {})
      .expect(200);
    return accepted.body;
  }

  it('walks requested → received → on display → moved → returned, each step in the trail, mails in the producer’s language', async () => {
    const sample = await acceptedSample(producer.member, producer.id, lamp);
    expect(sample).toMatchObject({
      entryStatus: 'accepted',
      custodyStatus: 'requested',
      labelCode: 'S-0001',
      quantity: 2,
      declaredValue: '2500000',
      producer: { id: producer.id, name: 'HTX Mây tre đan Phú Vinh' },
      product: { id: lamp, nameVi: 'Chao đèn mây' },
    });
    const step = (body: object) =>
      org().post(`${base()}/${showcase}/samples/${sample.id}/custody`, body);

    await step({
      step: 'receive',
      by: 'Trần Thị Bình',
      condition: 'good',
      photoRef: 'IMG_2041.jpg',
    }).expect(200);
    // The invitation reached the producer first, with its terms and where to answer it.
    const invitation = await mailMatching(t, producer.member.email, /^Mời trưng bày mẫu/);
    expect(invitation.subject).toMatch(/^Mời trưng bày mẫu: Chao đèn mây tại /);
    expect(invitation.text).toContain('gửi 2 mẫu Chao đèn mây (giá trị khai báo 2.500.000');
    expect(invitation.text).toContain(
      'khu «Tinh hoa mây tre đan Phú Vinh», từ 10/10/2026 đến 11/10/2026',
    );
    expect(invitation.text).toContain('https://hoicho.test/producer/samples');
    const received = await mailMatching(t, producer.member.email, /đã nhận mẫu/);
    expect(received.subject).toBe('Ban tổ chức đã nhận mẫu S-0001: Chao đèn mây');
    expect(received.text).toContain('Người nhận: Trần Thị Bình');
    expect(received.text).toContain('Tình trạng: Tốt');

    await step({ step: 'display', location: 'Kệ 3, sảnh A' }).expect(200);
    const moved = await step({ step: 'display', location: 'Bàn trung tâm' }).expect(200);
    expect(moved.body).toMatchObject({
      custodyStatus: 'on_display',
      displayLocation: 'Bàn trung tâm',
    });
    const returned = await step({ step: 'return', signedOffBy: 'Nguyễn Văn An (HTX)' }).expect(200);
    expect(returned.body).toMatchObject({ custodyStatus: 'returned', displayLocation: null });
    expect(movesOf(returned.body)).toEqual([
      ['request', null, 'requested'],
      ['receive', 'requested', 'received'],
      ['display', 'received', 'on_display'],
      ['display', 'on_display', 'on_display'],
      ['return', 'on_display', 'returned'],
    ]);
    expect(returned.body.trail[1]).toMatchObject({
      details: { by: 'Trần Thị Bình', condition: 'good', photoRef: 'IMG_2041.jpg' },
      actor: { id: fair.organiser.id, name: 'Người Thử' },
    });
    expect(returned.body.trail[4].details).toEqual({ signedOffBy: 'Nguyễn Văn An (HTX)' });
    for (const event of returned.body.trail) expect(new Date(event.at).getTime()).not.toBeNaN();
    const back = await mailMatching(t, producer.member.email, /trả lại/);
    expect(back.subject).toBe('Mẫu S-0001 đã được trả lại: Chao đèn mây');
    expect(back.text).toContain('Người ký nhận: Nguyễn Văn An (HTX)');

    // The producer sees its own sample and trail.
    const own = await as(t, producer.member.token)
      .get(`${base()}/${showcase}/samples/${sample.id}`)
      .expect(200);
    expect(own.body.trail).toHaveLength(5);

    // A producer whose member reads English gets the English mail.
    const vaseSample = await acceptedSample(english.member, english.id, vase);
    await org()
      .post(`${base()}/${showcase}/samples/${vaseSample.id}/custody`, {
        step: 'receive',
        by: 'Trần Thị Bình',
        condition: 'minor_defects',
        note: 'Sứt nhẹ ở miệng bình',
      })
      .expect(200);
    const englishInvitation = await mailMatching(t, english.member.email, /^Showcase invitation/);
    expect(englishInvitation.subject).toMatch(/^Showcase invitation: Crackle-glaze vase at /);
    const englishMail = await mailMatching(t, english.member.email, /received/);
    expect(englishMail.subject).toBe('Sample S-0002 received: Crackle-glaze vase');
    expect(englishMail.text).toContain('Condition: Minor defects');
    expect(englishMail.text).toContain('Note: Sứt nhẹ ở miệng bình');
  });

  it('lists the producer’s own samples with the showcase, its dates and since when, by status', async () => {
    const mine = (query = '') =>
      as(t, producer.member.token).get(`/api/v1/producers/${producer.id}/showcase-samples${query}`);
    const all = await mine().expect(200);
    expect(all.body.total).toBe(1);
    expect(all.body.items[0]).toMatchObject({
      labelCode: 'S-0001',
      custodyStatus: 'returned',
      product: { id: lamp, nameVi: 'Chao đèn mây' },
      showcase: {
        id: showcase,
        titleVi: 'Tinh hoa mây tre đan Phú Vinh',
        titleEn: 'The art of Phú Vinh rattan',
        location: 'Sảnh chính, Nhà A',
        startsOn: '2026-10-10',
        endsOn: '2026-10-11',
      },
    });
    // Since the return: the last step of its trail.
    const trail = await as(t, producer.member.token)
      .get(`${base()}/${showcase}/samples/${all.body.items[0].id}`)
      .expect(200);
    expect(all.body.items[0].statusSince).toBe(trail.body.trail.at(-1).at);
    expect((await mine('?custodyStatus=returned').expect(200)).body.total).toBe(1);
    expect((await mine('?custodyStatus=received').expect(200)).body.items).toEqual([]);
    expect(fieldsOf(await mine('?custodyStatus=misplaced').expect(400))).toEqual(['custodyStatus']);
    // The English producer's received vase is its own, never this producer's.
    const theirs = await as(t, english.member.token)
      .get(`/api/v1/producers/${english.id}/showcase-samples?custodyStatus=received`)
      .expect(200);
    expect(theirs.body.items.map((s: { labelCode: string }) => s.labelCode)).toEqual(['S-0002']);
    await as(t, english.member.token)
      .get(`/api/v1/producers/${producer.id}/showcase-samples`)
      .expect(404);
    await as(t, fair.organiser.token)
      .get(`/api/v1/producers/${producer.id}/showcase-samples`)
      .expect(403);
  });

  it('refuses illegal steps with 409 naming where the sample stands, and missing facts with 400', async () => {
    const sample = await acceptedSample(producer.member, producer.id, basket);
    const step = (body: object) =>
      org().post(`${base()}/${showcase}/samples/${sample.id}/custody`, body);
    const early = await step({ step: 'return', signedOffBy: 'Ai đó' }).expect(409);
    expect(early.body).toMatchObject({
      code: 'custody_step_refused',
      details: { from: 'requested', step: 'return' },
    });
    expect(early.body.message).toMatch(/not been received/);
    await step({ step: 'sell' }).expect(409);
    await step({ step: 'display', location: 'Kệ 1' }).expect(409);

    const missing = await step({ step: 'receive' }).expect(400);
    expect(fieldsOf(missing)).toEqual(expect.arrayContaining(['by', 'condition']));
    expect(
      fieldsOf(await step({ step: 'receive', by: 'Bình', condition: 'fine' }).expect(400)),
    ).toEqual(['condition']);
    expect(fieldsOf(await step({ step: 'teleport' }).expect(400))).toEqual(['step']);
    expect(fieldsOf(await step({ step: 'display', location: 'x', extra: 1 }).expect(400))).toEqual([
      'extra',
    ]);

    await step({ step: 'receive', by: 'Bình', condition: 'good' }).expect(200);
    await step({ step: 'receive', by: 'Bình', condition: 'good' }).expect(409);
    expect(fieldsOf(await step({ step: 'mark_lost' }).expect(400))).toEqual(['note']);
    await step({ step: 'mark_lost', note: 'Không tìm thấy sau đêm 10/10' }).expect(200);
    const final = await step({ step: 'return', signedOffBy: 'Ai đó' }).expect(409);
    expect(final.body.message).toMatch(/already lost, which is final/);

    // A pending entry has no custody yet.
    const pending = await org()
      .post(`${base()}/${showcase}/invitations`, {
        producerId: english.id,
        productId: vase,
        quantity: 1,
        declaredValue: 0,
      })
      .expect(409);
    expect(pending.body.code).toBe('already_in_showcase');
  });

  it('keeps the trail in the database: append-only, and no status without its event', async () => {
    const [row] = await t.dataSource.query(
      `SELECT id FROM showcase_samples WHERE custody_status = 'returned' LIMIT 1`,
    );
    await expect(
      t.dataSource.query(
        `UPDATE showcase_samples SET custody_status = 'on_display' WHERE id = $1`,
        [row.id],
      ),
    ).rejects.toThrow(/trail ends at returned/);
    await expect(
      t.dataSource.query('DELETE FROM sample_custody_events WHERE sample_id = $1', [row.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.dataSource.query(
        `UPDATE sample_custody_events SET to_status = 'sold' WHERE sample_id = $1`,
        [row.id],
      ),
    ).rejects.toThrow(/append-only/);
    // An event that does not continue the trail, or skips a step.
    await expect(
      t.dataSource.query(
        `INSERT INTO sample_custody_events (sample_id, fair_id, step, from_status, to_status, actor_id)
         VALUES ($1, $2, 'sell', 'on_display', 'sold', $3)`,
        [row.id, fair.fairId, fair.organiser.id],
      ),
    ).rejects.toThrow(/starts at on_display but the trail ends at returned/);
    await expect(
      t.dataSource.query(
        `INSERT INTO sample_custody_events (sample_id, fair_id, step, from_status, to_status, actor_id)
         VALUES ($1, $2, 'sell', 'returned', 'sold', $3)`,
        [row.id, fair.fairId, fair.organiser.id],
      ),
    ).rejects.toThrow(/sample_custody_events_allowed/);
    // A sample cannot be made "accepted" without its first event.
    await createProduct(t, producer, { nameVi: 'Mẫu chưa mời', category: 'Khác' });
    await expect(
      t.dataSource.query(
        `INSERT INTO showcase_samples (fair_id, showcase_id, producer_id, product_id, origin, entry_status,
            quantity, declared_value, label_code, custody_status, created_by, decided_by, decided_at)
         SELECT s.fair_id, s.showcase_id, p.producer_id, p.id, 'invited', 'accepted', 1, 0, 'X-1',
                'received', s.created_by, s.created_by, now()
           FROM showcase_samples s, products p
          WHERE s.id = $1 AND p.id NOT IN (SELECT product_id FROM showcase_samples) LIMIT 1`,
        [row.id],
      ),
    ).rejects.toThrow(/trail ends at nothing/);
  });

  it('lists every sample not yet returned for the organiser at close', async () => {
    // One more on display, one received: both outstanding; returned and lost are settled.
    const third = await createProduct(t, producer, { nameVi: 'Khay mây', category: 'Khay' });
    const proposal = await as(t, producer.member.token)
      .post(`${base()}/${showcase}/proposals`, {
        productId: third,
        quantity: 1,
        declaredValue: 900000,
        note: 'Khay mây cỡ lớn',
      })
      .expect(201);
    expect(proposal.body).toMatchObject({ origin: 'proposed', entryStatus: 'proposed' });
    // A producer cannot accept its own proposal; the organisers can, choosing the code.
    expect(
      (
        await as(t, producer.member.token)
          .post(`${base()}/${showcase}/samples/${proposal.body.id}/accept`, {})
          .expect(403)
      ).body.code,
    ).toBe('not_your_decision');
    await org()
      .post(`${base()}/${showcase}/samples/${proposal.body.id}/accept`, { labelCode: 'mt-07' })
      .expect(200);
    const step = (id: string, body: object) =>
      org().post(`${base()}/${showcase}/samples/${id}/custody`, body).expect(200);
    await step(proposal.body.id, { step: 'receive', by: 'Bình', condition: 'good' });
    await step(proposal.body.id, { step: 'display', location: 'Kệ 5' });

    await t.dataSource.query(`UPDATE fairs SET status = 'closed' WHERE id = $1`, [fair.fairId]);
    const report = await org().get(`${base()}/unreturned`).expect(200);
    expect(report.body).toMatchObject({ fairStatus: 'closed', total: 2, declaredValue: '3400000' });
    expect(
      report.body.items.map((i: { labelCode: string; custodyStatus: string }) => [
        i.labelCode,
        i.custodyStatus,
      ]),
    ).toEqual([
      ['MT-07', 'on_display'],
      ['S-0002', 'received'],
    ]);
    expect(report.body.items[0]).toMatchObject({
      displayLocation: 'Kệ 5',
      producer: { id: producer.id },
      product: { id: third, nameVi: 'Khay mây' },
      showcase: { id: showcase, name: 'Tinh hoa mây tre đan Phú Vinh' },
    });
    // Samples still go back after the close.
    await step(proposal.body.id, { step: 'return', signedOffBy: 'Nguyễn Văn An' });
    expect((await org().get(`${base()}/unreturned`).expect(200)).body.total).toBe(1);
    await t.dataSource.query(`UPDATE fairs SET status = 'running' WHERE id = $1`, [fair.fairId]);
  });

  it('scopes every route: other bodies and producers get 404, wrong roles 403', async () => {
    const other = await createFairAt(t, 'open');
    const sample = (
      await t.dataSource.query(`SELECT id FROM showcase_samples WHERE label_code = 'S-0002'`)
    )[0].id;
    const stranger = as(t, other.organiser.token);
    await stranger.get(`${base()}`).expect(404);
    await stranger.get(`${base()}/unreturned`).expect(404);
    await stranger.get(`${base()}/${showcase}`).expect(404);
    await stranger.get(`${base()}/${showcase}/labels.svg`).expect(404);
    await stranger
      .post(`${base()}/${showcase}/samples/${sample}/custody`, { step: 'sell' })
      .expect(404);
    // The showcase under another fair's id is not found either.
    await as(t, other.organiser.token)
      .get(`/api/v1/fairs/${other.fairId}/showcases/${showcase}`)
      .expect(404);
    // A producer sees only its own entries; another producer's sample is 404.
    await as(t, producer.member.token).get(`${base()}/${showcase}/samples/${sample}`).expect(404);
    const view = await as(t, producer.member.token).get(`${base()}/${showcase}`).expect(200);
    expect(
      view.body.samples.every((s: { producer: { id: string } }) => s.producer.id === producer.id),
    ).toBe(true);
    await as(t, producer.member.token).get(`${base()}/unreturned`).expect(403);
    await as(t, producer.member.token)
      .post(`${base()}/${showcase}/samples/${sample}/custody`, { step: 'sell' })
      .expect(403);
    const gate = await createUser(t, Role.GateStaff, { organisingBodyId: fair.bodyId });
    await as(t, gate.token).get(base()).expect(403);
    await as(t).get(base()).expect(401);
    // Bad ids name the parameter.
    expect(fieldsOf(await org().get(`${base()}/not-a-uuid`).expect(400))).toEqual(['showcaseId']);
    // Producers cannot propose another producer's product, nor a product not lent as a sample.
    const [otherProducts] = await t.dataSource.query(
      `SELECT id FROM products WHERE producer_id = $1`,
      [english.id],
    );
    await as(t, producer.member.token)
      .post(`${base()}/${showcase}/proposals`, {
        productId: otherProducts.id,
        quantity: 1,
        declaredValue: 1,
      })
      .expect(404);
  });

  it('validates showcases and entries, naming the field', async () => {
    const bad = await org()
      .post(base(), { titleVi: '', startsOn: '2026-02-30', endsOn: '2026-10-01', price: 1 })
      .expect(400);
    expect(fieldsOf(bad)).toEqual(expect.arrayContaining(['titleVi', 'startsOn', 'price']));
    const backwards = await org()
      .post(base(), { titleVi: 'X', startsOn: '2026-10-11', endsOn: '2026-10-10' })
      .expect(400);
    expect(fieldsOf(backwards)).toEqual(['endsOn']);
    const entry = await org()
      .post(`${base()}/${showcase}/invitations`, {
        producerId: producer.id,
        productId: 'nope',
        quantity: 0,
        declaredValue: '1.5',
      })
      .expect(400);
    expect(fieldsOf(entry)).toEqual(
      expect.arrayContaining(['productId', 'quantity', 'declaredValue']),
    );
    const hidden = await createProduct(t, producer, {
      nameVi: 'Mẫu không cho mượn',
      category: 'Khác',
      sampleAvailable: false,
    });
    const refused = await org()
      .post(`${base()}/${showcase}/invitations`, {
        producerId: producer.id,
        productId: hidden,
        quantity: 1,
        declaredValue: '0',
      })
      .expect(422);
    expect(refused.body.code).toBe('sample_not_available');
  });
});
