import { createTestApp, TestApp } from '../../support/test-app';
import {
  as,
  createFairAt,
  createProduct,
  createPublishedProducer,
  FairSetup,
  fieldsOf,
  ProducerSetup,
} from './support/showcases';

describe('re-entering a product once its sample is settled; one live entry per product', () => {
  let t: TestApp;
  let fair: FairSetup;
  let producer: ProducerSetup;
  let lamp: string;
  let basket: string;
  let tray: string;
  let showcase: string;
  const base = () => `/api/v1/fairs/${fair.fairId}/showcases/${showcase}`;
  const org = () => as(t, fair.organiser.token);
  const mine = () => as(t, producer.member.token);
  const invitation = (productId: string) =>
    org().post(`${base()}/invitations`, {
      producerId: producer.id,
      productId,
      quantity: 1,
      declaredValue: '1200000',
    });
  const proposal = (productId: string) =>
    mine().post(`${base()}/proposals`, { productId, quantity: 1, declaredValue: '1200000' });
  const step = (sampleId: string, body: object) =>
    org().post(`${base()}/samples/${sampleId}/custody`, body).expect(200);

  beforeAll(async () => {
    t = await createTestApp();
    fair = await createFairAt(t, 'running');
    producer = await createPublishedProducer(t, {
      nameVi: 'Hộ kinh doanh Gốm Bát Tràng',
      village: 'Bát Tràng',
      craft: 'gom-su',
      taxCode: '0100109106',
    });
    lamp = await createProduct(t, producer, { nameVi: 'Đèn gốm', category: 'Gốm' });
    basket = await createProduct(t, producer, { nameVi: 'Bình hút lộc', category: 'Gốm' });
    tray = await createProduct(t, producer, { nameVi: 'Khay trà', category: 'Gốm' });
    const created = await org()
      .post(`/api/v1/fairs/${fair.fairId}/showcases`, {
        titleVi: 'Gốm Bát Tràng',
        startsOn: '2026-10-10',
        endsOn: '2026-10-11',
      })
      .expect(201);
    showcase = created.body.id;
  });
  afterAll(() => t.close());

  it('takes the product again after its sample was returned: a new sample, label and trail', async () => {
    const first = (await invitation(lamp).expect(201)).body.id;
    await mine().post(`${base()}/samples/${first}/accept`, {}).expect(200);
    await step(first, { step: 'receive', by: 'Bình', condition: 'good' });
    await step(first, { step: 'return', signedOffBy: 'Chủ hộ' });

    const again = await invitation(lamp).expect(201);
    expect(again.body).toMatchObject({ entryStatus: 'invited', product: { id: lamp } });
    expect(again.body.id).not.toBe(first);
    const second = await mine().post(`${base()}/samples/${again.body.id}/accept`, {}).expect(200);
    expect(second.body).toMatchObject({ labelCode: 'S-0002', custodyStatus: 'requested' });
    expect(second.body.trail.map((e: { step: string }) => e.step)).toEqual(['request']);
    // The first sample keeps its own code and trail.
    const old = await org().get(`${base()}/samples/${first}`).expect(200);
    expect(old.body).toMatchObject({ labelCode: 'S-0001', custodyStatus: 'returned' });
    expect(old.body.trail).toHaveLength(3);

    // While the new sample is live, neither side can add the product a third time.
    for (const attempt of [invitation(lamp), proposal(lamp)]) {
      const refused = await attempt.expect(409);
      expect(refused.body.code).toBe('already_in_showcase');
      expect(fieldsOf(refused)).toEqual(['productId']);
    }
    // Received and on display it is still live.
    await step(second.body.id, { step: 'receive', by: 'Bình', condition: 'good' });
    await step(second.body.id, { step: 'display', location: 'Kệ 2' });
    expect((await proposal(lamp).expect(409)).body.code).toBe('already_in_showcase');
  });

  it('takes it again after a sold, damaged or lost sample too, each time one live entry', async () => {
    const settle: [string, object][] = [
      ['sell', { step: 'sell', note: 'Khách mua tại hội chợ' }],
      ['mark_damaged', { step: 'mark_damaged', note: 'Vỡ quai' }],
      ['mark_lost', { step: 'mark_lost', note: 'Không tìm thấy' }],
    ];
    for (const [, body] of settle) {
      const entry = (await proposal(basket).expect(201)).body.id;
      await org().post(`${base()}/samples/${entry}/accept`, {}).expect(200);
      await step(entry, { step: 'receive', by: 'Bình', condition: 'good' });
      await step(entry, { step: 'display', location: 'Kệ 1' });
      expect((await invitation(basket).expect(409)).body.code).toBe('already_in_showcase');
      await step(entry, body);
    }
    const view = await org().get(base()).expect(200);
    const baskets = view.body.samples.filter(
      (s: { product: { id: string } }) => s.product.id === basket,
    );
    expect(baskets.map((s: { custodyStatus: string }) => s.custodyStatus).sort()).toEqual([
      'damaged',
      'lost',
      'sold',
    ]);
    expect(new Set(baskets.map((s: { labelCode: string }) => s.labelCode)).size).toBe(3);
  });

  it('lets a declined or withdrawn entry be made again, and two at once only once', async () => {
    const withdrawn = (await proposal(tray).expect(201)).body.id;
    await mine().post(`${base()}/samples/${withdrawn}/decline`, {}).expect(200);
    const declined = (await proposal(tray).expect(201)).body.id;
    await org().post(`${base()}/samples/${declined}/decline`, {}).expect(200);
    // Both sides at the same instant: the database lets one through.
    const answers = await Promise.all([invitation(tray), proposal(tray)]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it('keeps one live entry per product in the database too', async () => {
    const [live] = await t.dataSource.query(
      `SELECT * FROM showcase_samples WHERE showcase_id = $1 AND product_id = $2
          AND custody_status = 'on_display'`,
      [showcase, lamp],
    );
    const insert = (status: string) =>
      t.dataSource.query(
        `INSERT INTO showcase_samples (fair_id, showcase_id, producer_id, product_id, origin,
            entry_status, quantity, declared_value, created_by)
         VALUES ($1, $2, $3, $4, $5, $5, 1, 0, $6)`,
        [
          live.fair_id,
          live.showcase_id,
          live.producer_id,
          live.product_id,
          status,
          live.created_by,
        ],
      );
    await expect(insert('invited')).rejects.toThrow(/showcase_samples_one_live_per_product/);
    await expect(insert('proposed')).rejects.toThrow(/showcase_samples_one_live_per_product/);
  });
});
