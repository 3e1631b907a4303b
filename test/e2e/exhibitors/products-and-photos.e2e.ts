import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { Role } from '@hoicho/platform';
import {
  bearer,
  createBody,
  createProducer,
  createTestApp,
  createUser,
  SignedIn,
  TestApp,
} from '../../support/test-app';
import { as, fieldsOf, JPEG, png, snapshot, tempStorageDir } from './support/exhibitors';

const LAMP = {
  nameVi: 'Chao đèn mây',
  nameEn: 'Rattan lamp shade',
  category: 'Đèn, chao đèn',
  materials: ['mây', 'tre'],
  widthCm: 40,
  depthCm: 40,
  heightCm: 32.5,
  priceMin: 350000,
  priceMax: '12345678901234',
  minOrderQuantity: 50,
  ocop: { stars: 4, expiresOn: '2027-06-30' },
  sampleAvailable: true,
};

describe('product catalogue and photos', () => {
  let t: TestApp;
  let storageDir: string;
  let producerId: string;
  let member: SignedIn;
  let organiser: SignedIn;
  let productId: string;
  const products = () => `/api/v1/producers/${producerId}/products`;
  const photos = () => `${products()}/${productId}/photos`;
  const upload = (file: Buffer, filename: string, contentType: string) =>
    request(t.http)
      .post(photos())
      .set(bearer(member.token))
      .attach('photo', file, { filename, contentType });
  const photoFiles = () => {
    const dir = join(storageDir, 'photos', productId);
    return existsSync(dir) ? readdirSync(dir) : [];
  };

  beforeAll(async () => {
    storageDir = tempStorageDir();
    t = await createTestApp({ STORAGE_DIR: storageDir });
    producerId = await createProducer(t, 'HTX Mây tre đan Phú Vinh');
    member = await createUser(t, Role.Producer, { producerId });
    organiser = await createUser(t, Role.Organiser, { organisingBodyId: await createBody(t) });
    const created = await as(t, member.token).post(products(), LAMP).expect(201);
    productId = created.body.id;
  });
  afterAll(async () => {
    await t.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  it('keeps prices as integer đồng (strings in JSON), sizes, OCOP rating and flags', async () => {
    const response = await as(t, organiser.token).get(`${products()}/${productId}`).expect(200);
    expect(response.body).toMatchObject({
      ...LAMP,
      priceMin: '350000',
      priceMax: '12345678901234',
      published: false,
      photos: [],
    });
    const [row] = await t.dataSource.query('SELECT price_max FROM products WHERE id = $1', [
      productId,
    ]);
    expect(row.price_max).toBe('12345678901234');
  });

  it('updates only what is sent, clears with null, and checks the range as a whole', async () => {
    const updated = await as(t, member.token)
      .patch(`${products()}/${productId}`, { ocop: null, widthCm: null, published: true })
      .expect(200);
    expect(updated.body).toMatchObject({ ocop: null, widthCm: null, published: true, depthCm: 40 });
    const before = await snapshot(t);
    const refused = await as(t, member.token)
      .patch(`${products()}/${productId}`, { priceMin: '20000000000000' })
      .expect(400);
    expect(fieldsOf(refused)).toEqual(['priceMax']);
    expect(await snapshot(t)).toEqual(before);
  });

  it('keeps an OCOP certificate to at most 36 months after its issue, naming ocop.expiresOn', async () => {
    const certify = (ocop: object, language = 'en') =>
      request(t.http)
        .patch(`${products()}/${productId}`)
        .set(bearer(member.token))
        .set('Accept-Language', language)
        .send({ ocop: { stars: 4, ...ocop } });
    const before = await snapshot(t);
    const tooLong = await certify({ issuedOn: '2024-07-01', expiresOn: '2027-07-02' }).expect(400);
    expect(fieldsOf(tooLong)).toEqual(['ocop.expiresOn']);
    expect(tooLong.body.details.reasons).toEqual({ 'ocop.expiresOn': 'ocop_validity' });
    const early = await certify({ issuedOn: '2024-07-01', expiresOn: '2024-06-30' }, 'vi');
    expect(early.status).toBe(400);
    expect(early.body.fields[0]).toMatchObject({
      field: 'ocop.expiresOn',
      message: 'ngày hết hạn phải sau ngày cấp giấy chứng nhận OCOP',
    });
    const leapYear = await certify({ issuedOn: '2024-02-29', expiresOn: '2027-03-01' });
    expect(leapYear.body.details?.reasons).toEqual({ 'ocop.expiresOn': 'ocop_validity' });
    expect(await snapshot(t)).toEqual(before);

    const saved = await certify({ issuedOn: '2024-02-29', expiresOn: '2027-02-28' }).expect(200);
    expect(saved.body.ocop).toEqual({ stars: 4, issuedOn: '2024-02-29', expiresOn: '2027-02-28' });
    // The database keeps the same rule for writes that bypass the service.
    await expect(
      t.dataSource.query(`UPDATE products SET ocop_expires_on = '2027-03-01' WHERE id = $1`, [
        productId,
      ]),
    ).rejects.toMatchObject({ constraint: 'products_ocop_validity' });
    // A rating sent without issuedOn keeps the stored one (the web form does not show it).
    const kept = await certify({ stars: 5, expiresOn: '2027-01-31' }).expect(200);
    expect(kept.body.ocop).toEqual({ stars: 5, issuedOn: '2024-02-29', expiresOn: '2027-01-31' });
    const cleared = await certify({ issuedOn: null, expiresOn: '2030-01-01' }).expect(200);
    expect(cleared.body.ocop).toEqual({ stars: 4, issuedOn: null, expiresOn: '2030-01-01' });
  });

  it('accepts a JPEG and a PNG and serves each back as it was sent', async () => {
    const jpeg = await upload(JPEG, 'den.jpg', 'image/jpeg').expect(201);
    expect(jpeg.body).toMatchObject({ contentType: 'image/jpeg', sizeBytes: JPEG.length });
    const image = png();
    const pngPhoto = await request(t.http)
      .post(photos())
      .set(bearer(member.token))
      .field('caption', 'Mặt bên')
      // a wrong name and type from the client do not matter: the bytes decide
      .attach('photo', image, { filename: 'scan.bin', contentType: 'application/octet-stream' })
      .expect(201);
    expect(pngPhoto.body).toMatchObject({ contentType: 'image/png', caption: 'Mặt bên' });
    for (const [photo, bytes, type] of [
      [jpeg.body, JPEG, 'image/jpeg'],
      [pngPhoto.body, image, 'image/png'],
    ] as const) {
      const served = await request(t.http)
        .get(photo.url)
        .set(bearer(organiser.token))
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(served.headers['content-type']).toBe(type);
      expect(served.headers['x-content-type-options']).toBe('nosniff');
      expect(Buffer.compare(served.body as Buffer, bytes)).toBe(0);
    }
    expect(photoFiles()).toHaveLength(2);
    const listed = await as(t, member.token).get(`${products()}/${productId}`).expect(200);
    expect(listed.body.photos).toHaveLength(2);
  });

  it('refuses a text file named .jpg, an oversize file and a missing file, naming photo', async () => {
    const before = await snapshot(t);
    const files = photoFiles();
    const text = await upload(Buffer.from('đây không phải là ảnh\n'), 'anh.jpg', 'image/jpeg');
    expect({ status: text.status, fields: fieldsOf(text) }).toEqual({
      status: 400,
      fields: ['photo'],
    });
    const huge = Buffer.alloc(5 * 1024 * 1024 + 1, 0);
    JPEG.copy(huge);
    const big = await upload(huge, 'big.jpg', 'image/jpeg');
    expect({ status: big.status, fields: fieldsOf(big) }).toEqual({
      status: 400,
      fields: ['photo'],
    });
    expect(big.body.code).toBe('photo_too_large');
    const none = await request(t.http)
      .post(photos())
      .set(bearer(member.token))
      .field('caption', 'không có ảnh');
    expect({ status: none.status, fields: fieldsOf(none) }).toEqual({
      status: 400,
      fields: ['photo'],
    });
    const wrongField = await request(t.http)
      .post(photos())
      .set(bearer(member.token))
      .attach('file', JPEG, { filename: 'a.jpg', contentType: 'image/jpeg' });
    expect({ status: wrongField.status, fields: fieldsOf(wrongField) }).toEqual({
      status: 400,
      fields: ['photo'],
    });
    const unknown = await request(t.http)
      .post(photos())
      .set(bearer(member.token))
      .field('isAdmin', 'true')
      .attach('photo', JPEG, { filename: 'a.jpg', contentType: 'image/jpeg' });
    expect({ status: unknown.status, fields: fieldsOf(unknown) }).toEqual({
      status: 400,
      fields: ['isAdmin'],
    });
    const longCaption = await request(t.http)
      .post(photos())
      .set(bearer(member.token))
      .field('caption', 'ư'.repeat(201))
      .attach('photo', JPEG, { filename: 'a.jpg', contentType: 'image/jpeg' });
    expect({ status: longCaption.status, fields: fieldsOf(longCaption) }).toEqual({
      status: 400,
      fields: ['caption'],
    });
    expect(await snapshot(t)).toEqual(before);
    expect(photoFiles()).toEqual(files);
  });

  it('deletes a photo (row and file) and a product with its photos', async () => {
    const listed = await as(t, member.token).get(`${products()}/${productId}`).expect(200);
    const [first, second] = listed.body.photos;
    await as(t, member.token).delete(first.url).expect(204);
    await as(t, member.token).get(first.url).expect(404);
    expect(photoFiles()).toHaveLength(1);
    await as(t, member.token).get(second.url).expect(200);
    await as(t, member.token).delete(`${products()}/${productId}`).expect(204);
    await as(t, member.token).get(`${products()}/${productId}`).expect(404);
    await as(t, member.token).get(second.url).expect(404);
    expect(photoFiles()).toHaveLength(0);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM product_photos');
    expect(n).toBe(0);
  });
});
