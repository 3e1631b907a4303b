import { CatalogueCache } from '@hoicho/showcases';
import { createTestApp, TestApp } from '../../support/test-app';
import {
  as,
  asText,
  createFairAt,
  createProduct,
  createPublishedProducer,
  FairSetup,
  fieldsOf,
  mailMatching,
  movesOf,
  PHU_VINH,
  ProducerSetup,
  setFairStatus,
} from './support/showcases';

describe('cancelling a requested sample that never arrived', () => {
  let t: TestApp;
  let fair: FairSetup;
  let producer: ProducerSetup;
  let lamp: string;
  let basket: string;
  let tray: string;
  let vase: string;
  let showcase: string;
  const base = () => `/api/v1/fairs/${fair.fairId}/showcases`;
  const org = () => as(t, fair.organiser.token);
  const mine = () => as(t, producer.member.token);
  const step = (sampleId: string, body: object) =>
    org().post(`${base()}/${showcase}/samples/${sampleId}/custody`, body);

  beforeAll(async () => {
    t = await createTestApp();
    fair = await createFairAt(t, 'published');
    producer = await createPublishedProducer(t, PHU_VINH);
    lamp = await createProduct(t, producer, { nameVi: 'Chao đèn mây', category: 'Đèn' });
    basket = await createProduct(t, producer, { nameVi: 'Giỏ tre', category: 'Giỏ' });
    tray = await createProduct(t, producer, { nameVi: 'Khay mây', category: 'Khay' });
    vase = await createProduct(t, producer, { nameVi: 'Lọ hoa mây', category: 'Lọ' });
    showcase = await newShowcase('Tinh hoa mây tre đan Phú Vinh');
  });
  afterAll(() => t.close());

  async function newShowcase(titleVi: string): Promise<string> {
    const created = await org()
      .post(base(), { titleVi, startsOn: '2026-10-10', endsOn: '2026-10-11' })
      .expect(201);
    return created.body.id;
  }

  async function requested(productId: string, inShowcase = showcase) {
    const invited = await org()
      .post(`${base()}/${inShowcase}/invitations`, {
        producerId: producer.id,
        productId,
        quantity: 2,
        declaredValue: '1500000',
      })
      .expect(201);
    const accepted = await mine()
      .post(`${base()}/${inShowcase}/samples/${invited.body.id}/accept`, {})
      .expect(200);
    expect(accepted.body.custodyStatus).toBe('requested');
    return accepted.body as { id: string; labelCode: string };
  }

  it('cancels it with the note saying why, in the trail with who and when, and tells the producer', async () => {
    const sample = await requested(lamp);
    // The note is required, and named.
    expect(fieldsOf(await step(sample.id, { step: 'cancel' }).expect(400))).toEqual(['note']);
    expect(fieldsOf(await step(sample.id, { step: 'cancel', note: ' ' }).expect(400))).toEqual([
      'note',
    ]);

    const cancelled = await step(sample.id, {
      step: 'cancel',
      note: '  Hợp tác xã không kịp gửi mẫu trước ngày khai mạc ',
    }).expect(200);
    expect(cancelled.body).toMatchObject({
      entryStatus: 'accepted',
      custodyStatus: 'cancelled',
      labelCode: sample.labelCode,
      displayLocation: null,
    });
    expect(movesOf(cancelled.body)).toEqual([
      ['request', null, 'requested'],
      ['cancel', 'requested', 'cancelled'],
    ]);
    expect(cancelled.body.trail[1]).toMatchObject({
      details: { note: 'Hợp tác xã không kịp gửi mẫu trước ngày khai mạc' },
      actor: { id: fair.organiser.id },
    });
    expect(new Date(cancelled.body.trail[1].at).getTime()).not.toBeNaN();

    const mail = await mailMatching(t, producer.member.email, /huỷ/);
    expect(mail.subject).toBe(`Mẫu ${sample.labelCode} đã được huỷ: Chao đèn mây`);
    expect(mail.text).toContain('Lý do: Hợp tác xã không kịp gửi mẫu trước ngày khai mạc');
    expect(mail.text).toContain('Tinh hoa mây tre đan Phú Vinh');

    // Final: nothing follows a cancellation, not even the sample turning up late.
    const late = await step(sample.id, { step: 'receive', by: 'Bình', condition: 'good' }).expect(
      409,
    );
    expect(late.body).toMatchObject({
      code: 'custody_step_refused',
      details: { from: 'cancelled', step: 'receive' },
    });
    expect(late.body.message).toMatch(/already cancelled, which is final/);
    await step(sample.id, { step: 'cancel', note: 'Lần nữa' }).expect(409);

    // The producer sees its cancelled sample and why.
    const own = await mine().get(`${base()}/${showcase}/samples/${sample.id}`).expect(200);
    expect(own.body.trail[1].details.note).toMatch(/không kịp gửi mẫu/);
  });

  it('refuses to cancel a sample once it was received or put on display (409 naming the step)', async () => {
    const sample = await requested(basket);
    await step(sample.id, { step: 'receive', by: 'Bình', condition: 'good' }).expect(200);
    const received = await step(sample.id, { step: 'cancel', note: 'Nhầm mẫu' }).expect(409);
    expect(received.body).toMatchObject({
      code: 'custody_step_refused',
      details: { from: 'received', step: 'cancel' },
    });
    expect(fieldsOf(received)).toEqual(['step']);
    expect(received.body.message).toMatch(/only a requested sample that never arrived/);

    await step(sample.id, { step: 'display', location: 'Kệ 3' }).expect(200);
    const displayed = await step(sample.id, { step: 'cancel', note: 'Nhầm mẫu' }).expect(409);
    expect(displayed.body).toMatchObject({
      code: 'custody_step_refused',
      details: { from: 'on_display', step: 'cancel' },
    });
    // A pending entry has no custody to cancel: it is declined or withdrawn instead.
    const pending = await mine()
      .post(`${base()}/${showcase}/proposals`, { productId: tray, quantity: 1, declaredValue: 0 })
      .expect(201);
    const refused = await step(pending.body.id, { step: 'cancel', note: 'Không cần' }).expect(409);
    expect(refused.body.code).toBe('custody_step_refused');
    await mine().post(`${base()}/${showcase}/samples/${pending.body.id}/decline`, {}).expect(200);
  });

  it('frees the product: while requested it blocks a new entry, once cancelled it may re-enter', async () => {
    const first = await requested(tray);
    const blocked = await org()
      .post(`${base()}/${showcase}/invitations`, {
        producerId: producer.id,
        productId: tray,
        quantity: 1,
        declaredValue: '0',
      })
      .expect(409);
    expect(blocked.body.code).toBe('already_in_showcase');
    await step(first.id, { step: 'cancel', note: 'Không gửi được' }).expect(200);

    const again = await requested(tray);
    expect(again.id).not.toBe(first.id);
    expect(again.labelCode).not.toBe(first.labelCode);
    // The new sample is live again: one live entry per product.
    expect(
      (
        await mine()
          .post(`${base()}/${showcase}/proposals`, {
            productId: tray,
            quantity: 1,
            declaredValue: 0,
          })
          .expect(409)
      ).body.code,
    ).toBe('already_in_showcase');
    const old = await org().get(`${base()}/${showcase}/samples/${first.id}`).expect(200);
    expect(old.body).toMatchObject({ custodyStatus: 'cancelled', labelCode: first.labelCode });
  });

  it('leaves cancelled samples out of the unreturned report, the labels and the public catalogue', async () => {
    const cancelled = await requested(vase);
    await step(cancelled.id, { step: 'cancel', note: 'Hàng mẫu bị vỡ khi vận chuyển' }).expect(200);

    await setFairStatus(t, fair.fairId, 'closed');
    const report = await org().get(`${base()}/unreturned`).expect(200);
    // Only the basket (on display) is in the organisers' hands; the cancelled lamp and vase
    // never reached them, and the requested tray has not either.
    expect(
      report.body.items.map((i: { custodyStatus: string; product: { id: string } }) => [
        i.product.id,
        i.custodyStatus,
      ]),
    ).toEqual([[basket, 'on_display']]);
    expect(report.body).toMatchObject({ total: 1, declaredValue: '1500000' });

    // No label for a sample that never arrived.
    await org().get(`${base()}/${showcase}/samples/${cancelled.id}/label.svg`).expect(404);
    const sheet = await org()
      .get(`${base()}/${showcase}/labels.svg`)
      .buffer(true)
      .parse(asText)
      .expect(200);
    const labelled = [...(sheet.body as string).matchAll(/data-label-code="([^"]+)"/g)];
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.map((m) => m[1])).not.toContain(cancelled.labelCode);

    // The public showcase shows what stands in it, not what was cancelled.
    t.app.get(CatalogueCache).clear();
    const pub = await as(t).get(`/api/v1/catalogue/fairs/${fair.fairId}/showcases`).expect(200);
    const listed = pub.body.find((s: { id: string }) => s.id === showcase);
    const codes = listed.samples.map((s: { labelCode: string }) => s.labelCode);
    expect(codes).not.toContain(cancelled.labelCode);
    expect(codes.length).toBeGreaterThan(0);
    const product = await as(t)
      .get(`/api/v1/catalogue/fairs/${fair.fairId}/products/${vase}`)
      .expect(200);
    expect(product.body.showcases).toEqual([]);
    await setFairStatus(t, fair.fairId, 'published');
  });

  it('keeps a showcase whose only trail is request and cancel: deletion is refused', async () => {
    const other = await newShowcase('Trưng bày phụ');
    const sample = await requested(lamp, other);
    await org()
      .post(`${base()}/${other}/samples/${sample.id}/custody`, {
        step: 'cancel',
        note: 'Không gửi được',
      })
      .expect(200);
    const refused = await org().delete(`${base()}/${other}`).expect(409);
    expect(refused.body).toMatchObject({
      code: 'showcase_has_custody',
      details: { samplesInCustody: 1, byStatus: { cancelled: 1 } },
    });
    expect(refused.body.message).toMatch(/1 cancelled/);
  });

  describe('in the database', () => {
    const event = (sampleId: string, step: string, from: string, to: string, details = {}) =>
      t.dataSource.query(
        `INSERT INTO sample_custody_events (sample_id, fair_id, step, from_status, to_status, details, actor_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [sampleId, fair.fairId, step, from, to, JSON.stringify(details), fair.organiser.id],
      );
    const statusOf = async (id: string) =>
      (
        await t.dataSource.query('SELECT custody_status FROM showcase_samples WHERE id = $1', [id])
      )[0].custody_status;

    it('refuses a cancel from on display, without a note, to anything but cancelled, or out of cancelled', async () => {
      const [onDisplay] = await t.dataSource.query(
        `SELECT id FROM showcase_samples WHERE product_id = $1 AND custody_status = 'on_display'`,
        [basket],
      );
      await expect(
        event(onDisplay.id, 'cancel', 'on_display', 'cancelled', { note: 'x' }),
      ).rejects.toThrow(/sample_custody_events_allowed/);

      const [live] = await t.dataSource.query(
        `SELECT id FROM showcase_samples WHERE product_id = $1 AND custody_status = 'requested'`,
        [tray],
      );
      await expect(event(live.id, 'cancel', 'requested', 'cancelled')).rejects.toThrow(
        /sample_custody_events_facts/,
      );
      await expect(
        event(live.id, 'cancel', 'requested', 'cancelled', { note: '' }),
      ).rejects.toThrow(/sample_custody_events_facts/);
      // Cancel cannot land anywhere but cancelled.
      await expect(
        event(live.id, 'cancel', 'requested', 'returned', { note: 'x' }),
      ).rejects.toThrow(/sample_custody_events_allowed/);

      const [gone] = await t.dataSource.query(
        `SELECT id FROM showcase_samples WHERE product_id = $1 AND custody_status = 'cancelled'`,
        [vase],
      );
      await expect(
        event(gone.id, 'receive', 'cancelled', 'received', { by: 'Bình', condition: 'good' }),
      ).rejects.toThrow(/sample_custody_events_allowed/);
      expect(await statusOf(gone.id)).toBe('cancelled');
    });

    it('refuses a status set to cancelled without its event, and an event the status does not follow', async () => {
      const [live] = await t.dataSource.query(
        `SELECT id FROM showcase_samples WHERE product_id = $1 AND custody_status = 'requested'`,
        [tray],
      );
      await expect(
        t.dataSource.query(
          `UPDATE showcase_samples SET custody_status = 'cancelled' WHERE id = $1`,
          [live.id],
        ),
      ).rejects.toThrow(/trail ends at requested/);
      // The event alone (the sample left requested) fails at commit.
      await expect(
        event(live.id, 'cancel', 'requested', 'cancelled', { note: 'Không gửi' }),
      ).rejects.toThrow(
        /is requested with 1 trail event\(s\) recorded, but its trail ends at cancelled/,
      );
      // A cancelled sample cannot be brought back to life by hand either.
      const [gone] = await t.dataSource.query(
        `SELECT id FROM showcase_samples WHERE product_id = $1 AND custody_status = 'cancelled'`,
        [vase],
      );
      await expect(
        t.dataSource.query(
          `UPDATE showcase_samples SET custody_status = 'requested', trail_length = 1 WHERE id = $1`,
          [gone.id],
        ),
      ).rejects.toThrow(/showcase_samples_trail|trail ends at cancelled/);
      expect(await statusOf(live.id)).toBe('requested');
      expect(await statusOf(gone.id)).toBe('cancelled');
    });

    it('accepts the move done right by hand, and then the product is free in the index', async () => {
      const [live] = await t.dataSource.query(
        `SELECT id, showcase_id, product_id, producer_id, created_by FROM showcase_samples
          WHERE product_id = $1 AND custody_status = 'requested'`,
        [tray],
      );
      await t.dataSource.transaction(async (m) => {
        await m.query(
          `INSERT INTO sample_custody_events (sample_id, fair_id, step, from_status, to_status, details, actor_id)
           VALUES ($1, $2, 'cancel', 'requested', 'cancelled', '{"note":"Không gửi"}', $3)`,
          [live.id, fair.fairId, fair.organiser.id],
        );
        await m.query(
          `UPDATE showcase_samples SET custody_status = 'cancelled', trail_length = trail_length + 1
            WHERE id = $1`,
          [live.id],
        );
      });
      expect(await statusOf(live.id)).toBe('cancelled');
      // The live-entry index no longer holds it: an open invitation of the same product fits.
      await t.dataSource.query(
        `INSERT INTO showcase_samples (fair_id, showcase_id, producer_id, product_id, origin,
            entry_status, quantity, declared_value, created_by)
         VALUES ($1, $2, $3, $4, 'invited', 'invited', 1, 0, $5)`,
        [fair.fairId, live.showcase_id, live.producer_id, live.product_id, live.created_by],
      );
      await expect(
        t.dataSource.query(
          `INSERT INTO showcase_samples (fair_id, showcase_id, producer_id, product_id, origin,
              entry_status, quantity, declared_value, created_by)
           VALUES ($1, $2, $3, $4, 'proposed', 'proposed', 1, 0, $5)`,
          [fair.fairId, live.showcase_id, live.producer_id, live.product_id, live.created_by],
        ),
      ).rejects.toThrow(/showcase_samples_one_live_per_product/);
    });
  });
});
