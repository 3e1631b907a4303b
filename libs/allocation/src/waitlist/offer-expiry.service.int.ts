import { AllocatingFixture, allocatingFixture } from '@hoicho/testing/fair-fixtures';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { AllocationModule } from '../allocation.module';
import { OfferExpiryService } from './offer-expiry.service';
import { WaitlistOfferRepository } from './waitlist-offer.repository';

describe('OfferExpiryService (the middle tier: services on the real schema)', () => {
  let m: TestModule;
  let fair: AllocatingFixture;

  beforeAll(async () => {
    m = await createTestModule([AllocationModule]);
    fair = await allocatingFixture(m);
  });
  afterAll(() => m.close());

  it('an offer past its time expires; its booths are not offered to the same producer again', async () => {
    const offers = m.get(WaitlistOfferRepository);
    const waitlisted = fair.applicants[4];
    const offer = await m.transactions.run(({ manager }) =>
      offers.insert(manager, {
        fairId: fair.id,
        applicationId: waitlisted.applicationId,
        producerId: waitlisted.producerId,
        boothIds: [fair.booths.get('B-04')!],
        boothCodes: ['B-04'],
        expiresAt: new Date(Date.now() + 3_600_000),
        createdBy: fair.organiser.id,
      }),
    );
    const expiry = m.get(OfferExpiryService);
    expect(await expiry.expireDue()).toBe(0);
    await m.dataSource.query(
      `UPDATE waitlist_offers SET created_at = now() - interval '3 hours',
              expires_at = now() - interval '1 hour' WHERE id = $1`,
      [offer.id],
    );
    expect(await expiry.expireDue()).toBe(1);
    const after = await offers.listForFair(fair.id);
    // The only one waiting has let B-04 lapse: nobody else is in line, so no new offer.
    expect(after.map((o) => [o.id, o.status])).toEqual([[offer.id, 'expired']]);
    expect(await expiry.expireDue()).toBe(0);
  });
});
