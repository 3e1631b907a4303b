import { randomUUID } from 'node:crypto';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { ExhibitorsModule } from '../exhibitors.module';
import { addProducer } from '../testing/exhibitors-fixtures';
import { ProducerDocumentRepository } from './producer-document.repository';

describe('ProducerDocumentRepository (on the real schema)', () => {
  let m: TestModule;
  let documents: ProducerDocumentRepository;
  let producer: string;
  let other: string;
  const row = (producerId: string, kind: 'ocop_certificate' | 'other', title: string | null) => {
    const id = randomUUID();
    return {
      id,
      producerId,
      kind,
      title,
      storageKey: `${producerId}/${id}.pdf`,
      contentType: 'application/pdf' as const,
      sizeBytes: 100,
      fileName: 'chung-nhan.pdf',
      issuedOn: '2025-07-01',
      expiresOn: '2028-06-30',
      status: 'pending' as const,
      refusalReason: null,
      uploadedBy: null,
    };
  };
  beforeAll(async () => {
    m = await createTestModule([ExhibitorsModule]);
    documents = m.get(ProducerDocumentRepository);
    producer = await addProducer(m.dataSource, { nameVi: 'HTX Mây tre đan Phú Vinh' });
    other = await addProducer(m.dataSource, { nameVi: 'Hộ kinh doanh Gốm Bát Tràng' });
  });
  afterAll(() => m.close());

  it('insert, lockProducer and replaceCurrent keep one current document per kind', async () => {
    const first = row(producer, 'ocop_certificate', null);
    const second = row(producer, 'ocop_certificate', null);
    await m.transactions.run(async ({ manager }) => {
      expect(await documents.lockProducer(manager, producer)).toBe(true);
      expect(await documents.lockProducer(manager, randomUUID())).toBe(false);
      await documents.insert(manager, first);
      await documents.insert(manager, row(producer, 'other', 'Giấy xác nhận'));
      await documents.insert(manager, row(producer, 'other', 'Giấy xác nhận khác'));
      await documents.replaceCurrent(manager, producer, 'ocop_certificate', new Date());
      await documents.replaceCurrent(manager, producer, 'other', new Date());
      await documents.insert(manager, second);
    });
    const current = await documents.currentOf(producer);
    expect(current.filter((d) => d.kind === 'ocop_certificate').map((d) => d.id)).toEqual([
      second.id,
    ]);
    expect(current.filter((d) => d.kind === 'other')).toHaveLength(2);
    expect((await documents.findOfProducer(producer, first.id))?.replacedAt).toBeInstanceOf(Date);
    expect(await documents.findOfProducer(other, first.id)).toBeNull();
    const many = await documents.currentOfMany([producer, other]);
    expect(many).toHaveLength(3);
    expect(many[0]).toMatchObject({ issuedOn: '2025-07-01', expiresOn: '2028-06-30' });
    expect(await documents.currentOfMany([])).toEqual([]);
  });

  it('review answers a current document only; delete removes a row', async () => {
    const [current] = (await documents.currentOf(producer)).filter(
      (d) => d.kind === 'ocop_certificate',
    );
    const [replaced] = await m.dataSource.query(
      'SELECT id FROM producer_documents WHERE replaced_at IS NOT NULL LIMIT 1',
    );
    const answer = { status: 'refused' as const, reason: 'Mờ', by: null as never, at: new Date() };
    await m.transactions.run(async ({ manager }) => {
      expect(await documents.review(manager, producer, current.id, answer)).toBe(true);
      expect(await documents.review(manager, producer, replaced.id, answer)).toBe(false);
      expect(await documents.review(manager, other, current.id, answer)).toBe(false);
    });
    expect(await documents.findOfProducer(producer, current.id)).toMatchObject({
      status: 'refused',
      refusalReason: 'Mờ',
    });
    await m.transactions.run(({ manager }) => documents.delete(manager, current.id));
    expect(await documents.findOfProducer(producer, current.id)).toBeNull();
  });
});
