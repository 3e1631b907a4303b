import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { InvitationsModule } from '../invitations.module';
import {
  addVisitor,
  createOrganiserWorld,
  eventually,
  OrganiserWorld,
  someoneWaitsForAdvisoryLock,
} from '../testing/invitations-fixtures';
import { VisitorRepository } from './visitor.repository';

describe('VisitorRepository (on the real schema)', () => {
  let m: TestModule;
  let visitors: VisitorRepository;
  let world: OrganiserWorld;
  let other: OrganiserWorld;
  beforeAll(async () => {
    m = await createTestModule([InvitationsModule]);
    visitors = m.get(VisitorRepository);
    world = await createOrganiserWorld(m);
    other = await createOrganiserWorld(m);
  });
  afterAll(() => m.close());

  it('insert, findById, findInBody and countInBody keep to the body', async () => {
    const an = await addVisitor(m, world.bodyId, {
      email: 'an@lang-nghe.vn',
      name: 'Nguyễn Văn An',
      tags: ['Mây tre'],
      tagKeys: ['mây tre'],
    });
    expect(await visitors.findById(an.id)).toMatchObject({
      organisingBodyId: world.bodyId,
      email: 'an@lang-nghe.vn',
      tags: ['Mây tre'],
      source: 'manual',
    });
    expect(await visitors.findInBody(world.bodyId, an.id)).toMatchObject({ id: an.id });
    expect(await visitors.findInBody(other.bodyId, an.id)).toBeNull();
    expect(await visitors.countInBody(world.bodyId, [an.id])).toBe(1);
    expect(await visitors.countInBody(other.bodyId, [an.id])).toBe(0);
  });

  it('page filters by search (diacritics ignored), segment and tag, in Vietnamese order', async () => {
    await addVisitor(m, world.bodyId, {
      email: 'duong@x.vn',
      name: 'Dương Thị Hà',
      segment: 'press',
    });
    await addVisitor(m, world.bodyId, {
      email: 'dang@x.vn',
      name: 'Đặng Văn Bình',
      segment: 'buyer',
      tags: ['VIP'],
      tagKeys: ['vip'],
    });
    const page = { page: 1, pageSize: 20 };
    const names = async (filter: object) =>
      (await visitors.page(world.bodyId, filter, page)).items.map((v) => v.name);
    expect(await names({})).toEqual(['Dương Thị Hà', 'Đặng Văn Bình', 'Nguyễn Văn An']);
    expect(await names({ q: 'dang van' })).toEqual(['Đặng Văn Bình']);
    expect(await names({ segment: 'press' })).toEqual(['Dương Thị Hà']);
    expect(await names({ tagKey: 'vip' })).toEqual(['Đặng Văn Bình']);
    expect(await visitors.page(world.bodyId, {}, { page: 2, pageSize: 2 })).toMatchObject({
      total: 3,
      items: [{ name: 'Nguyễn Văn An' }],
    });
  });

  it('emailTaken, findForEdit and save change a visitor in a transaction', async () => {
    const binh = await addVisitor(m, world.bodyId, { email: 'binh@x.vn' });
    await m.transactions.run(async ({ manager }) => {
      expect(await visitors.emailTaken(manager, world.bodyId, 'BINH@x.vn')).toBe(true);
      expect(await visitors.emailTaken(manager, other.bodyId, 'binh@x.vn')).toBe(false);
      const row = (await visitors.findForEdit(manager, binh.id))!;
      row.phone = '0912 345 678';
      await visitors.save(manager, row);
    });
    expect(await visitors.findById(binh.id)).toMatchObject({ phone: '0912 345 678' });
  });

  it('findByEmails, upsertMany and findContactByEmail merge by body and address', async () => {
    const stored = await addVisitor(m, other.bodyId, { email: 'chau@x.vn', name: 'Châu' });
    const ids = await m.transactions.run(async ({ manager }) => {
      expect(
        await visitors.findByEmails(manager, other.bodyId, ['chau@x.vn', 'nobody@x.vn']),
      ).toEqual([expect.objectContaining({ id: stored.id })]);
      const base = {
        organisingBodyId: other.bodyId,
        organisation: null,
        phone: null,
        country: 'VN',
        language: 'vi' as const,
        segment: null,
        tags: [],
        tagKeys: [],
        consent: true,
        source: 'import' as const,
        updatedAt: new Date(),
      };
      return visitors.upsertMany(manager, [
        { ...base, email: 'chau@x.vn', name: 'Trần Minh Châu' },
        { ...base, email: 'dung@x.vn', name: 'Lê Dũng' },
      ]);
    });
    expect(ids.find((r) => r.email === 'chau@x.vn')?.id).toBe(stored.id);
    expect(await visitors.findById(stored.id)).toMatchObject({
      name: 'Trần Minh Châu',
      country: 'VN',
      source: 'manual', // who first added them stays
    });
    const contact = await m.transactions.run(({ manager }) =>
      visitors.findContactByEmail(manager, other.bodyId, 'DUNG@x.vn'),
    );
    expect(contact).toEqual({
      id: ids.find((r) => r.email === 'dung@x.vn')!.id,
      name: 'Lê Dũng',
      organisation: null,
      language: 'vi',
      country: 'VN',
    });
  });

  it('lockForDelete and delete remove one visitor; a second delete finds it gone', async () => {
    const gone = await addVisitor(m, world.bodyId, { email: 'gone@x.vn' });
    await m.transactions.run(async ({ manager }) => {
      expect(await visitors.lockForDelete(manager, gone.id)).toBe(true);
      await visitors.delete(manager, gone.id);
    });
    expect(await visitors.findById(gone.id)).toBeNull();
    expect(
      await m.transactions.run(({ manager }) => visitors.lockForDelete(manager, gone.id)),
    ).toBe(false);
  });

  it('lockList makes a second writer of the same list wait until the first commits', async () => {
    const order: string[] = [];
    let release!: () => void;
    const first = m.transactions.run(async ({ manager }) => {
      await visitors.lockList(manager, world.bodyId);
      order.push('first has the lock');
      await new Promise<void>((resolve) => (release = resolve));
      order.push('first commits');
    });
    await eventually(async () => order.length === 1);
    const second = m.transactions.run(async ({ manager }) => {
      await visitors.lockList(manager, world.bodyId);
      order.push('second has the lock');
    });
    await eventually(() => someoneWaitsForAdvisoryLock(m));
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first has the lock', 'first commits', 'second has the lock']);
  });
});
