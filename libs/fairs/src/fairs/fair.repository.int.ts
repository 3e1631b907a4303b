import { organiserFixture } from '@hoicho/testing/fair-fixtures';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { AuthUser } from '@hoicho/platform';
import { FairsModule } from '../fairs.module';
import { FairRepository, NewFair } from './fair.repository';

describe('FairRepository (on the migrated schema)', () => {
  let m: TestModule;
  let fairs: FairRepository;
  let organiser: AuthUser;
  const newFair = (over: Partial<NewFair> = {}): NewFair => ({
    organisingBodyId: organiser.organisingBodyId!,
    nameVi: 'Hội chợ làng nghề',
    nameEn: null,
    venueName: 'Cung Văn hóa',
    venueAddress: '91 Trần Hưng Đạo',
    applicationsOpenAt: new Date('2030-01-01T01:00:00Z'),
    applicationsCloseAt: new Date('2030-02-01T10:00:00Z'),
    withdrawalDeadline: null,
    status: 'draft',
    createdBy: organiser.id,
    ...over,
  });
  const insert = (over: Partial<NewFair> = {}) =>
    m.transactions.run(({ manager }) => fairs.insert(manager, newFair(over)));

  beforeAll(async () => {
    m = await createTestModule([FairsModule]);
    fairs = m.get(FairRepository);
    organiser = await organiserFixture(m.dataSource);
  });
  afterAll(() => m.close());

  it('insert and findById: the database gives id and times, instants come back as Dates', async () => {
    const fair = await insert();
    const found = await fairs.findById(fair.id);
    expect(found).toMatchObject({ id: fair.id, status: 'draft', nameEn: null });
    expect(found!.applicationsOpenAt.toISOString()).toBe('2030-01-01T01:00:00.000Z');
    expect(found!.createdAt).toBeInstanceOf(Date);
    expect(await fairs.findById('00000000-0000-0000-0000-000000000000')).toBeNull();
  });

  it('save changes the row; lock returns it inside the transaction', async () => {
    const fair = await insert();
    await m.transactions.run(async ({ manager }) => {
      const locked = await fairs.lock(manager, fair.id);
      await fairs.save(manager, { ...locked!, status: 'open', nameEn: 'Craft fair' });
    });
    expect(await fairs.findById(fair.id)).toMatchObject({ status: 'open', nameEn: 'Craft fair' });
    await m.transactions.run(async ({ manager }) => {
      expect(await fairs.lock(manager, '00000000-0000-0000-0000-000000000000')).toBeNull();
    });
  });

  it('pageByBody: newest first, filtered by status, with the total', async () => {
    const other = await organiserFixture(m.dataSource);
    const first = await insert({ organisingBodyId: other.organisingBodyId!, createdBy: other.id });
    const second = await insert({
      organisingBodyId: other.organisingBodyId!,
      createdBy: other.id,
      status: 'open',
    });
    const all = await fairs.pageByBody(other.organisingBodyId!, undefined, {
      page: 1,
      pageSize: 1,
    });
    expect(all.total).toBe(2);
    expect(all.fairs.map((f) => f.id)).toEqual([second.id]);
    const drafts = await fairs.pageByBody(other.organisingBodyId!, 'draft', {
      page: 1,
      pageSize: 10,
    });
    expect(drafts).toEqual({ fairs: [expect.objectContaining({ id: first.id })], total: 1 });
  });

  it('insertDays, replaceDays and daysOf keep the calendar as dates and times', async () => {
    const fair = await insert();
    await m.transactions.run(({ manager }) =>
      fairs.insertDays(manager, fair.id, [
        { date: '2030-03-01', opens: '08:00', closes: '21:00' },
        { date: '2030-03-02', opens: '08:00', closes: '17:00' },
      ]),
    );
    expect((await fairs.daysOf([fair.id])).map((d) => d.day).sort()).toEqual([
      '2030-03-01',
      '2030-03-02',
    ]);
    await m.transactions.run(({ manager }) =>
      fairs.replaceDays(manager, fair.id, [
        { date: '2030-03-05', opens: '09:30', closes: '18:00' },
      ]),
    );
    expect(await fairs.daysOf([fair.id])).toEqual([
      { fairId: fair.id, day: '2030-03-05', opensAt: '09:30:00', closesAt: '18:00:00' },
    ]);
    expect(await fairs.daysOf([])).toEqual([]);
  });
});
