import { randomUUID } from 'node:crypto';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { constraintOf } from '../common/db-errors';
import {
  addAcceptedSample,
  addProduct,
  addShowcase,
  createFairWorld,
  FairWorld,
  showcasesWithFixedExhibitors,
} from '../testing/showcases-fixtures';
import { InquiryRepository, NewInquiry } from './inquiry.repository';

describe('InquiryRepository (on the real schema)', () => {
  let m: TestModule;
  let inquiries: InquiryRepository;
  let world: FairWorld;
  let vase: string;
  let lamp: string;
  let sampleId: string;
  const inquiry = (overrides: Partial<NewInquiry> = {}): NewInquiry => ({
    fairId: world.fairId,
    producerId: world.producerId,
    productId: vase,
    sampleId: null,
    source: 'product_page',
    buyerName: 'Anna Schmidt',
    company: 'Nordic Home GmbH',
    email: 'anna@nordichome.example',
    country: 'DE',
    quantity: 500,
    message: 'Could you quote 500 vases?',
    locale: 'en',
    formNonce: randomUUID(),
    ...overrides,
  });
  const insert = (overrides: Partial<NewInquiry> = {}) =>
    m.transactions.run(({ manager }) => inquiries.insert(manager, inquiry(overrides)));

  beforeAll(async () => {
    m = await createTestModule([showcasesWithFixedExhibitors()]);
    inquiries = m.get(InquiryRepository);
    world = await createFairWorld(m.dataSource);
    vase = await addProduct(m.dataSource, world.producerId, 'Bình gốm');
    lamp = await addProduct(m.dataSource, world.producerId, 'Chao đèn');
    const showcase = await addShowcase(m, world, 'Gốm');
    sampleId = await addAcceptedSample(m, world, showcase.id, lamp, 'S-0001');
  });
  afterAll(() => m.close());

  it('insert records a new inquiry once per served form', async () => {
    const saved = await insert({ formNonce: 'served-once-0123456' });
    expect(saved).toMatchObject({
      id: expect.any(String),
      status: 'new',
      createdAt: expect.any(Date),
    });
    const again = await insert({ formNonce: 'served-once-0123456' }).catch((e: unknown) => e);
    expect(constraintOf(again)).toBe('inquiries_form_nonce_key');
  });

  it('findOfProducer, pageOfProducer and setStatus keep to the producer', async () => {
    const second = await insert({ productId: lamp, sampleId, source: 'sample_label' });
    expect(await inquiries.findOfProducer(world.producerId, second.id)).toMatchObject({
      sampleId,
      source: 'sample_label',
    });
    expect(await inquiries.findOfProducer(world.fairId, second.id)).toBeNull();
    const changedAt = new Date('2026-10-11T03:00:00Z');
    await inquiries.setStatus(second.id, 'replied', world.memberId, changedAt);
    expect(await inquiries.findOfProducer(world.producerId, second.id)).toMatchObject({
      status: 'replied',
      statusChangedBy: world.memberId,
      statusChangedAt: changedAt,
    });
    const all = await inquiries.pageOfProducer(world.producerId, undefined, 1, 0);
    expect(all.total).toBe(2);
    expect(all.rows.map((r) => r.id)).toEqual([second.id]);
    const replied = await inquiries.pageOfProducer(world.producerId, 'replied', 10, 0);
    expect(replied.rows.map((r) => r.id)).toEqual([second.id]);
  });

  it('countsOfProducer counts the producer’s inquiries in each state', async () => {
    const counts = await inquiries.countsOfProducer(world.producerId);
    expect(counts).toEqual(
      expect.arrayContaining([
        { status: 'new', n: 1 },
        { status: 'replied', n: 1 },
      ]),
    );
    expect(counts).toHaveLength(2);
    expect(await inquiries.countsOfProducer(world.fairId)).toEqual([]);
  });

  it('countsOfFair counts by product and state, and those sent from a label', async () => {
    await insert({ productId: lamp, sampleId, source: 'sample_label' });
    const counts = await inquiries.countsOfFair(world.fairId);
    expect(counts).toEqual(
      expect.arrayContaining([
        { producerId: world.producerId, productId: vase, status: 'new', fromLabels: 0, n: 1 },
        { producerId: world.producerId, productId: lamp, status: 'new', fromLabels: 1, n: 1 },
        { producerId: world.producerId, productId: lamp, status: 'replied', fromLabels: 1, n: 1 },
      ]),
    );
    expect(counts).toHaveLength(3);
  });
});
