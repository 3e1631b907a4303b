import { Clock, Role } from '@hoicho/platform';
import { createTestApp, createUser, TestApp } from '../../support/test-app';
import { tempStorageDir } from '../exhibitors/support/exhibitors';
import { buildCatalogueWorld, CatalogueWorld } from './support/catalogue-world';
import { as, fieldsOf, formToken, mailMatching } from './support/showcases';

describe('buyer inquiries: no account, bot-proof form, producer mail in its language', () => {
  let t: TestApp;
  let w: CatalogueWorld;
  const url = (productId: string) =>
    `/api/v1/catalogue/fairs/${w.fair.fairId}/products/${productId}/inquiries`;
  const inquiry = (overrides: Record<string, unknown> = {}) => ({
    name: 'Anna Schmidt',
    company: 'Nordic Home GmbH',
    email: 'anna@nordichome.example',
    country: 'de',
    quantity: 500,
    message: 'Could you quote 500 vases?\n\nShipping to Hamburg.',
    token: formToken(t),
    ...overrides,
  });
  /** The inquiry the first mail links to (its screen in the producer's area). */
  let linkedInquiryId: string;
  const count = async () =>
    (await t.dataSource.query('SELECT count(*)::int AS n FROM inquiries'))[0].n as number;

  beforeAll(async () => {
    t = await createTestApp({ STORAGE_DIR: tempStorageDir() });
    w = await buildCatalogueWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  it('takes a token from the form, refuses it when sent at once, accepts it after a few seconds', async () => {
    // The api's clock stands still while the form is served and sent, then moves on (until the
    // test ends): the 3 s window is the rule's, not the machine's speed. Served on a whole
    // second, as tokens count seconds.
    const served = new Date(Math.floor(Date.now() / 1000) * 1000);
    const now = jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(served);
    const form = await as(t)
      .get(`/api/v1/catalogue/fairs/${w.fair.fairId}/inquiry-form`)
      .expect(200);
    expect(form.body).toMatchObject({
      honeypotField: 'website',
      minSeconds: 3,
      expiresInMinutes: 120,
    });
    expect(form.headers['cache-control']).toBe('no-store');
    const body = inquiry({ token: form.body.token });
    const tooFast = await as(t).post(url(w.products.binh), body).expect(400);
    expect(tooFast.body).toMatchObject({
      code: 'form_token_refused',
      details: { reason: 'too_fast' },
    });
    expect(fieldsOf(tooFast)).toEqual(['token']);
    now.mockReturnValue(new Date(served.getTime() + 2999));
    await as(t).post(url(w.products.binh), body).expect(400);
    now.mockReturnValue(new Date(served.getTime() + 3000));
    const sent = await as(t).post(url(w.products.binh), body).expect(202);
    expect(sent.body).toEqual({ status: 'received' });

    // The Vietnamese member of the pottery reads it in Vietnamese, with the buyer's details.
    const mail = await mailMatching(t, w.producers.gom.member.email, /^Yêu cầu mới/);
    expect(mail.subject).toBe('Yêu cầu mới từ khách hàng: Bình gốm men lam');
    expect(mail.text).toContain('Người liên hệ: Anna Schmidt');
    expect(mail.text).toContain('Công ty: Nordic Home GmbH');
    expect(mail.text).toContain('Email: anna@nordichome.example');
    expect(mail.text).toContain('Quốc gia: Đức');
    expect(mail.text).toContain('Số lượng: 500');
    expect(mail.text).toContain('Could you quote 500 vases?');
    // "Reply" in the producer's mail program writes to the buyer, not to the no-reply sender.
    expect(mail.headers['reply-to']).toBe('Anna Schmidt <anna@nordichome.example>');
    // Its link opens the inquiry's screen in the web app, not an API URL.
    const link = new RegExp(
      `^Xem yêu cầu trên Hội Chợ: ${t.env.PUBLIC_URL}/producer/inquiries/([0-9a-f-]{36})$`,
      'm',
    ).exec(mail.text);
    expect(link).not.toBeNull();
    expect(mail.html).toContain(`href="${t.env.PUBLIC_URL}/producer/inquiries/${link![1]}"`);
    linkedInquiryId = link![1];

    // The same served form cannot be sent twice.
    const again = await as(t).post(url(w.products.binh), body).expect(409);
    expect(again.body.code).toBe('form_token_used');
  });

  it('mails an English-speaking producer in English, and marks inquiries sent from a label', async () => {
    // The rattan lamp has no sample; a label code must be one of this product's samples.
    const wrong = await as(t)
      .post(url(w.products.den), inquiry({ sampleCode: w.sample.labelCode }))
      .expect(400);
    expect(fieldsOf(wrong)).toEqual(['sampleCode']);
    await as(t)
      .post(url(w.products.den), inquiry({ country: 'VN', name: 'Lê Hoa', quantity: undefined }))
      .expect(202);
    const mail = await mailMatching(t, w.producers.may.member.email, /inquiry/);
    expect(mail.subject).toBe('New buyer inquiry: Rattan lamp shade');
    expect(mail.text).toContain('Contact: Lê Hoa');
    expect(mail.text).toContain('Country: Vietnam');
    expect(mail.text).not.toContain('Quantity');

    await as(t)
      .post(
        url(w.products.binh),
        inquiry({ sampleCode: w.sample.labelCode.toLowerCase(), email: 'b@x.example' }),
      )
      .expect(202);
    const label = await mailMatching(t, w.producers.gom.member.email, /^Yêu cầu mới/, 2);
    expect(label.text).toContain(`qua nhãn mẫu ${w.sample.labelCode}`);
  });

  it('drops a bot that fills the honeypot without telling it, and refuses forged tokens', async () => {
    const before = await count();
    const bot = await as(t)
      .post(
        url(w.products.binh),
        inquiry({ website: 'http://spam.example', email: 'bot@spam.example' }),
      )
      .expect(202);
    expect(bot.body).toEqual({ status: 'received' });
    expect(await count()).toBe(before);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_messages WHERE data->>'email' = 'bot@spam.example'`,
    );
    expect(n).toBe(0);
    const forged = formToken(t).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    const refused = await as(t)
      .post(url(w.products.binh), inquiry({ token: forged }))
      .expect(400);
    expect(refused.body.details).toEqual({ reason: 'bad_signature' });
    const old = await as(t)
      .post(url(w.products.binh), inquiry({ token: formToken(t, 3 * 3600) }))
      .expect(400);
    expect(old.body.details).toEqual({ reason: 'expired' });
    expect(
      (
        await as(t)
          .post(url(w.products.binh), inquiry({ token: 'x' }))
          .expect(400)
      ).body.details,
    ).toEqual({
      reason: 'malformed',
    });
  });

  it('names each bad field, and refuses products outside the public catalogue', async () => {
    const bad = await as(t)
      .post(url(w.products.binh), {
        name: '',
        email: 'not-an-email',
        country: 'XX',
        quantity: -3,
        message: '',
        token: formToken(t),
        admin: true,
      })
      .expect(400);
    expect(fieldsOf(bad).sort()).toEqual([
      'admin',
      'country',
      'email',
      'message',
      'name',
      'quantity',
    ]);
    expect(
      fieldsOf(
        await as(t)
          .post(url(w.products.binh), { ...inquiry(), token: undefined })
          .expect(400),
      ),
    ).toEqual(['token']);
    for (const id of [w.products.unpublished, w.products.secret, w.products.outside]) {
      await as(t).post(url(id), inquiry()).expect(404);
    }
    expect(fieldsOf(await as(t).post(url('nope'), inquiry()).expect(400))).toEqual(['productId']);
  });

  it('lists a producer’s inquiries with a status it can change; others see nothing', async () => {
    const gom = w.producers.gom;
    const list = await as(t, gom.member.token)
      .get(`/api/v1/producers/${gom.id}/inquiries`)
      .expect(200);
    expect(list.body.total).toBe(2);
    expect(list.body.items[0]).toMatchObject({
      product: { id: w.products.binh, nameVi: 'Bình gốm men lam' },
      source: 'sample_label',
      labelCode: w.sample.labelCode,
      email: 'b@x.example',
      country: 'DE',
      status: 'new',
      locale: 'en',
    });
    expect(list.body.items[1]).toMatchObject({
      source: 'product_page',
      labelCode: null,
      buyerName: 'Anna Schmidt',
      company: 'Nordic Home GmbH',
      quantity: 500,
      message: 'Could you quote 500 vases?\n\nShipping to Hamburg.',
    });
    const id = list.body.items[1].id;
    expect(id).toBe(linkedInquiryId);
    const one = await as(t, gom.member.token)
      .get(`/api/v1/producers/${gom.id}/inquiries/${id}`)
      .expect(200);
    expect(one.body).toEqual(list.body.items[1]);
    expect(
      (
        await as(t, gom.member.token)
          .get(`/api/v1/producers/${gom.id}/inquiries/counts`)
          .expect(200)
      ).body,
    ).toEqual({ new: 2, replied: 0, closed: 0 });
    const replied = await as(t, gom.member.token)
      .patch(`/api/v1/producers/${gom.id}/inquiries/${id}`, { status: 'replied' })
      .expect(200);
    expect(replied.body).toMatchObject({ status: 'replied', statusChangedAt: expect.any(String) });
    const filtered = await as(t, gom.member.token)
      .get(`/api/v1/producers/${gom.id}/inquiries?status=replied`)
      .expect(200);
    expect(filtered.body.items.map((i: { id: string }) => i.id)).toEqual([id]);
    expect(
      (
        await as(t, gom.member.token)
          .get(`/api/v1/producers/${gom.id}/inquiries/counts`)
          .expect(200)
      ).body,
    ).toEqual({ new: 1, replied: 1, closed: 0 });
    const badFilter = await as(t, gom.member.token)
      .get(`/api/v1/producers/${gom.id}/inquiries?status=archived`)
      .expect(400);
    expect(fieldsOf(badFilter)).toEqual(['status']);
    const badId = await as(t, gom.member.token)
      .get(`/api/v1/producers/${gom.id}/inquiries/not-an-id`)
      .expect(400);
    expect(fieldsOf(badId)).toEqual(['inquiryId']);
    const wrong = await as(t, gom.member.token)
      .patch(`/api/v1/producers/${gom.id}/inquiries/${id}`, { status: 'archived' })
      .expect(400);
    expect(fieldsOf(wrong)).toEqual(['status']);

    // Another producer's member: its own list only, this one's ids are 404.
    const may = w.producers.may;
    await as(t, may.member.token).get(`/api/v1/producers/${gom.id}/inquiries`).expect(404);
    await as(t, may.member.token).get(`/api/v1/producers/${gom.id}/inquiries/${id}`).expect(404);
    await as(t, may.member.token).get(`/api/v1/producers/${may.id}/inquiries/${id}`).expect(404);
    await as(t, may.member.token).get(`/api/v1/producers/${gom.id}/inquiries/counts`).expect(404);
    await as(t, may.member.token)
      .patch(`/api/v1/producers/${may.id}/inquiries/${id}`, { status: 'closed' })
      .expect(404);
    // Organisers never read buyers' messages.
    await as(t, w.fair.organiser.token).get(`/api/v1/producers/${gom.id}/inquiries`).expect(403);
  });

  it('gives organisers counts per fair, village and product, without buyers’ messages', async () => {
    const summary = await as(t, w.fair.organiser.token)
      .get(`/api/v1/fairs/${w.fair.fairId}/inquiries/summary`)
      .expect(200);
    expect(summary.body).toMatchObject({
      fairId: w.fair.fairId,
      total: 3,
      fromLabels: 1,
      byStatus: { new: 2, replied: 1, closed: 0 },
    });
    expect(summary.body.byVillage).toEqual([
      { villageId: expect.any(String), village: 'Bát Tràng', inquiries: 2 },
      { villageId: expect.any(String), village: 'Phú Vinh', inquiries: 1 },
    ]);
    expect(summary.body.byProduct[0]).toEqual({
      productId: w.products.binh,
      nameVi: 'Bình gốm men lam',
      nameEn: 'Blue-glaze vase',
      producerId: w.producers.gom.id,
      producerName: 'Xưởng gốm Minh Long',
      village: 'Bát Tràng',
      inquiries: 2,
    });
    const text = JSON.stringify(summary.body);
    for (const secret of ['Hamburg', 'anna@', 'Anna', 'Nordic', 'Lê Hoa'])
      expect(text).not.toContain(secret);
    const stranger = await createUser(t, Role.Organiser, {
      organisingBodyId: (await createFairForOtherBody()).bodyId,
    });
    await as(t, stranger.token).get(`/api/v1/fairs/${w.fair.fairId}/inquiries/summary`).expect(404);
    await as(t, w.producers.gom.member.token)
      .get(`/api/v1/fairs/${w.fair.fairId}/inquiries/summary`)
      .expect(403);
  });

  it('the product page form works without JavaScript', async () => {
    const path = `/catalogue/fairs/${w.fair.fairId}/products/${w.products.vong}`;
    const page = await as(t).get(`${path}?lang=en`).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('Vòng bạc chạm');
    expect(page.text).toContain('name="website"');
    const token = /name="token" value="([^"]+)"/.exec(page.text)![1];
    const form = (fields: Record<string, string>) =>
      as(t).post(path).type('form').send(new URLSearchParams(fields).toString());
    const early = await form({
      token,
      lang: 'en',
      name: 'Kim',
      email: 'kim@example.kr',
      country: 'KR',
      message: 'Hi',
    });
    expect(early.status).toBe(200);
    expect(early.text).toContain('Please correct:');
    expect(early.text).toMatch(/token: was used too quickly/);
    const fresh = formToken(t);
    const ok = await form({
      token: fresh,
      lang: 'en',
      name: 'Kim',
      email: 'kim@example.kr',
      country: 'KR',
      message: 'Hi',
      quantity: '',
    });
    expect(ok.text).toContain('Thank you! The producer will answer by email.');
    const mail = await mailMatching(t, w.producers.bac.member.email, /^Yêu cầu mới/);
    expect(mail.text).toContain('Quốc gia: Hàn Quốc');
  });

  async function createFairForOtherBody() {
    const { createFairAt } = await import('./support/showcases');
    return createFairAt(t, 'published');
  }
});

describe('buyer inquiries are rate-limited', () => {
  let t: TestApp;
  let w: CatalogueWorld;

  beforeAll(async () => {
    t = await createTestApp({
      STORAGE_DIR: tempStorageDir(),
      RATE_LIMIT_FORMS_PER_MINUTE: '3',
    });
    w = await buildCatalogueWorld(t);
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After past the limit, however the sender varies its address', async () => {
    const url = `/api/v1/catalogue/fairs/${w.fair.fairId}/products/${w.products.binh}/inquiries`;
    let sent = 0;
    const send = () =>
      as(t).post(url, {
        name: 'Bot',
        email: `flood${sent++}@example.com`,
        country: 'US',
        message: 'Hi',
        token: formToken(t),
      });
    for (let i = 0; i < 3; i++) await send().expect(202);
    const limited = await send().expect(429);
    expect(limited.body.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM inquiries');
    expect(n).toBe(3);
  });
});

describe('one producer gets so many inquiries a day, whoever sends them', () => {
  let t: TestApp;
  let w: CatalogueWorld;

  beforeAll(async () => {
    t = await createTestApp({
      STORAGE_DIR: tempStorageDir(),
      RATE_LIMIT_INQUIRIES_PER_PRODUCER_PER_DAY: '2',
    });
    w = await buildCatalogueWorld(t);
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After past the producer’s daily quota and keeps nothing more', async () => {
    const url = `/api/v1/catalogue/fairs/${w.fair.fairId}/products/${w.products.binh}/inquiries`;
    const send = (n: number) =>
      as(t).post(url, {
        name: `Buyer ${n}`,
        email: `buyer${n}@example.com`,
        country: 'US',
        message: 'Price for 500 pieces?',
        token: formToken(t),
      });
    await send(1).expect(202);
    await send(2).expect(202);
    const limited = await send(3).expect(429);
    expect(limited.body.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(3600);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM inquiries');
    expect(n).toBe(2);
  });
});
