import { AllocatingFixture, allocatingFixture } from '@hoicho/testing/fair-fixtures';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { AllocationModule } from '../allocation.module';
import { NewOffer, WaitlistOfferRepository } from './waitlist-offer.repository';

describe('WaitlistOfferRepository (on the migrated schema)', () => {
  let m: TestModule;
  let offers: WaitlistOfferRepository;
  let fair: AllocatingFixture;
  const offer = (i: number, codes: string[], hours = 48): NewOffer => ({
    fairId: fair.id,
    applicationId: fair.applicants[i].applicationId,
    producerId: fair.applicants[i].producerId,
    boothIds: codes.map((c) => fair.booths.get(c)!),
    boothCodes: codes,
    expiresAt: new Date(Date.now() + hours * 3_600_000),
    createdBy: fair.organiser.id,
  });
  const insert = (o: NewOffer) => m.transactions.run(({ manager }) => offers.insert(manager, o));

  beforeAll(async () => {
    m = await createTestModule([AllocationModule]);
    offers = m.get(WaitlistOfferRepository);
    fair = await allocatingFixture(m);
  });
  afterAll(() => m.close());

  it('insert: a pending offer with the database’s id and time; find and lock read it', async () => {
    const made = await insert(offer(4, ['B-03', 'B-04']));
    expect(made).toMatchObject({
      status: 'pending',
      boothCodes: ['B-03', 'B-04'],
      closedAt: null,
      respondedBy: null,
    });
    expect(made.createdAt).toBeInstanceOf(Date);
    expect(await offers.find(made.id)).toMatchObject({ id: made.id, createdAt: made.createdAt });
    await m.transactions.run(async ({ manager }) => {
      expect((await offers.lock(manager, made.id))!.status).toBe('pending');
    });
    // One pending offer per application.
    await expect(insert(offer(4, ['A-04']))).rejects.toThrow(/waitlist_offers_one_pending/);
  });

  it('close: answered offers keep who answered; listForFair, listForProducer, withStatus', async () => {
    const [pending] = await offers.withStatus(fair.id, ['pending']);
    await m.transactions.run(({ manager }) =>
      offers.close(manager, pending.id, 'declined', fair.applicants[4].member.id),
    );
    const again = await insert(offer(4, ['A-04']));
    await m.transactions.run(({ manager }) => offers.close(manager, again.id, 'expired', null));
    const closed = (await offers.find(pending.id))!;
    expect(closed).toMatchObject({ status: 'declined', respondedBy: fair.applicants[4].member.id });
    expect(closed.closedAt).toBeInstanceOf(Date);
    expect((await offers.listForFair(fair.id)).map((o) => o.id)).toEqual([pending.id, again.id]);
    expect(
      (await offers.listForProducer(fair.applicants[4].producerId, 1)).map((o) => o.id),
    ).toEqual([again.id]);
    expect(
      (await offers.withStatus(fair.id, ['declined', 'expired'])).map((o) => o.status).sort(),
    ).toEqual(['declined', 'expired']);
    // An accepted offer must say who accepted it (the table's CHECK).
    const third = await insert(offer(4, ['A-03']));
    await expect(
      m.transactions.run(({ manager }) => offers.close(manager, third.id, 'accepted', null)),
    ).rejects.toThrow(/waitlist_offers_responded/);
  });

  it('duePending and isDue: the sweep’s view of offers past their time', async () => {
    const [pending] = await offers.withStatus(fair.id, ['pending']);
    expect(await offers.isDue(pending.id)).toBe(false);
    await m.dataSource.query(
      `UPDATE waitlist_offers SET created_at = now() - interval '3 hours',
              expires_at = now() - interval '1 hour' WHERE id = $1`,
      [pending.id],
    );
    expect(await offers.isDue(pending.id)).toBe(true);
    expect(await offers.duePending(50)).toContainEqual({ id: pending.id, fairId: fair.id });
  });
});
