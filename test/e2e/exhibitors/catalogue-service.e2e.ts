import { CatalogueService } from '@hoicho/exhibitors';
import { Role } from '@hoicho/platform';
import { createProducer, createTestApp, createUser, TestApp } from '../../support/test-app';
import { as, villageId } from './support/exhibitors';

describe('CatalogueService: what other areas read about producers and their products', () => {
  let t: TestApp;
  let catalogue: CatalogueService;
  let producerA: string;
  let producerB: string;
  const productsA: string[] = [];
  let productB: string;

  beforeAll(async () => {
    t = await createTestApp();
    catalogue = t.app.get(CatalogueService);
    [producerA, producerB] = await Promise.all([
      createProducer(t, 'HTX Mây tre đan Phú Vinh'),
      createProducer(t, 'Hộ kinh doanh Đặng Văn Hùng'),
    ]);
    const memberA = await createUser(t, Role.Producer, { producerId: producerA });
    const memberB = await createUser(t, Role.Producer, { producerId: producerB });
    await as(t, memberA.token)
      .patch(`/api/v1/producers/${producerA}`, {
        legalForm: 'cooperative',
        taxCode: '0100233488',
        craftVillageId: await villageId(t, 'Phú Vinh'),
      })
      .expect(200);
    for (const ocop of [
      { stars: 3, expiresOn: '2025-12-31' },
      { stars: 4, expiresOn: '2028-03-31' },
      null,
    ]) {
      const created = await as(t, memberA.token)
        .post(`/api/v1/producers/${producerA}/products`, {
          nameVi: `Sản phẩm ${productsA.length + 1}`,
          category: 'Giỏ',
          ocop,
          sampleAvailable: ocop === null,
        })
        .expect(201);
      productsA.push(created.body.id);
    }
    productB = (
      await as(t, memberB.token)
        .post(`/api/v1/producers/${producerB}/products`, { nameVi: 'Tượng gỗ', category: 'Tượng' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  it('reads a producer with its village and the OCOP ratings of its products', async () => {
    const producer = await catalogue.producer(producerA);
    expect(producer).toMatchObject({
      id: producerA,
      legalNameVi: 'HTX Mây tre đan Phú Vinh',
      legalForm: 'cooperative',
      taxCode: '0100233488',
      craftCategory: 'may-tre-dan',
      craftVillage: { name: 'Phú Vinh', craftCategory: 'may-tre-dan', recognised: true },
    });
    expect(producer.ocopRatings).toEqual([
      { stars: 4, expiresOn: '2028-03-31' },
      { stars: 3, expiresOn: '2025-12-31' },
    ]);
    await expect(catalogue.producer('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      kind: 'not_found',
    });
  });

  it('reads several producers in the order asked, leaving out unknown ids', async () => {
    const found = await catalogue.producers([producerB, 'nope', producerA, producerB]);
    expect(found.map((p) => p.id)).toEqual([producerB, producerA]);
    expect(found[0]).toMatchObject({ craftVillage: null, ocopRatings: [] });
  });

  it('gives only the producer’s own products among the ids asked', async () => {
    const products = await catalogue.productsOf(producerA, [productsA[2], productB, productsA[1]]);
    expect(products).toEqual([
      expect.objectContaining({ id: productsA[2], ocop: null, sampleAvailable: true }),
      expect.objectContaining({ id: productsA[1], ocop: { stars: 4, expiresOn: '2028-03-31' } }),
    ]);
    expect(await catalogue.productsOf(producerB, productsA)).toEqual([]);
  });
});
