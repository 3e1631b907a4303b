import { rmSync } from 'node:fs';
import request from 'supertest';
import { Role } from '@hoicho/platform';
import {
  bearer,
  createProducer,
  createTestApp,
  createUser,
  SignedIn,
  TestApp,
} from '../../support/test-app';
import { as, JPEG, png, snapshot, tempStorageDir } from './support/exhibitors';

describe('a product’s photos in the producer’s order', () => {
  let t: TestApp;
  let storageDir: string;
  let producerId: string;
  let member: SignedIn;
  let productId: string;
  let ids: string[];
  const photos = () => `/api/v1/producers/${producerId}/products/${productId}/photos`;
  const upload = async () =>
    (
      await request(t.http)
        .post(photos())
        .set(bearer(member.token))
        .attach('photo', JPEG, { filename: 'den.jpg', contentType: 'image/jpeg' })
        .expect(201)
    ).body.id as string;
  const shown = async () =>
    (
      await as(t, member.token)
        .get(`/api/v1/producers/${producerId}/products/${productId}`)
        .expect(200)
    ).body.photos.map((p: { id: string }) => p.id) as string[];
  const reorder = (photoIds: unknown, language = 'en') =>
    request(t.http)
      .patch(photos())
      .set(bearer(member.token))
      .set('Accept-Language', language)
      .send({ photoIds });

  beforeAll(async () => {
    storageDir = tempStorageDir();
    t = await createTestApp({ STORAGE_DIR: storageDir });
    producerId = await createProducer(t, 'HTX Mây tre đan Phú Vinh');
    member = await createUser(t, Role.Producer, { producerId });
    const product = await as(t, member.token)
      .post(`/api/v1/producers/${producerId}/products`, {
        nameVi: 'Chao đèn mây',
        category: 'Đèn, chao đèn',
      })
      .expect(201);
    productId = product.body.id;
    ids = [await upload(), await upload(), await upload()];
  });
  afterAll(async () => {
    await t.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  it('lists photos in the order they were added until the producer reorders them', async () => {
    expect(await shown()).toEqual(ids);
    const [a, b, c] = ids;
    const answer = await reorder([c, a, b]).expect(200);
    expect(answer.body.map((p: { id: string }) => p.id)).toEqual([c, a, b]);
    expect(await shown()).toEqual([c, a, b]);
    // Swapping the first two is one statement: the unique position is checked at its end.
    await reorder([a, c, b]).expect(200);
    expect(await shown()).toEqual([a, c, b]);
    // A new photo goes last, whatever the order.
    const d = await request(t.http)
      .post(photos())
      .set(bearer(member.token))
      .attach('photo', png(), { filename: 'ben.png', contentType: 'image/png' })
      .expect(201);
    expect(await shown()).toEqual([a, c, b, d.body.id]);
    await as(t, member.token).delete(`${photos()}/${d.body.id}`).expect(204);
  });

  it('refuses a list that is not every photo once, naming photoIds in the caller’s language', async () => {
    const before = await snapshot(t);
    const order = await shown();
    const foreign = '0b6e3c1e-5a7d-4c2f-9e1b-8d4f6a2c3b10';
    for (const wrong of [
      order.slice(0, 2), // one left out
      [...order, order[0]], // one twice
      [order[0], order[1], foreign], // another's
      [...order, foreign], // one too many
      [],
    ]) {
      const answer = await reorder(wrong).expect(400);
      expect(answer.body.fields.map((f: { field: string }) => f.field)).toEqual(['photoIds']);
      expect(answer.body.details.reasons).toEqual({ photoIds: 'photo_order' });
    }
    const vietnamese = await reorder(order.slice(1), 'vi').expect(400);
    expect(vietnamese.body.message).toBe('Một số trường chưa hợp lệ: thứ tự ảnh');
    expect(vietnamese.body.fields[0].message).toBe(
      'phải kể mỗi ảnh của sản phẩm đúng một lần, theo thứ tự mới',
    );
    for (const malformed of ['a', ['not-a-uuid'], null, [1, 2, 3]]) {
      const answer = await reorder(malformed).expect(400);
      expect(answer.body.fields[0].field).toMatch(/^photoIds/);
    }
    expect(await snapshot(t)).toEqual(before);
    expect(await shown()).toEqual(order);
  });

  it('lets no one else reorder them', async () => {
    const otherProducer = await createProducer(t, 'Hộ gốm Bát Tràng');
    const other = await createUser(t, Role.Producer, { producerId: otherProducer });
    // Another producer's product is not found, as everywhere else.
    await as(t, other.token).patch(photos(), { photoIds: ids }).expect(404);
    const otherProducts = `/api/v1/producers/${otherProducer}/products`;
    const theirs = await as(t, other.token)
      .post(otherProducts, { nameVi: 'Bình gốm', category: 'Gốm' })
      .expect(201);
    // Its own product's route with these photos: they are not that product's.
    await as(t, other.token)
      .patch(`${otherProducts}/${theirs.body.id}/photos`, { photoIds: ids })
      .expect(400);
    await as(t, other.token)
      .patch(`${otherProducts}/${productId}/photos`, { photoIds: ids })
      .expect(404);
  });
});
