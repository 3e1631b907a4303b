import { ApplicantFixture, applicantsFixture, fairFixture } from '@hoicho/testing/fair-fixtures';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { ApplicationsModule } from '../applications.module';
import { ApplicationEventRepository } from './application-event.repository';

describe('ApplicationEventRepository (on the migrated schema)', () => {
  let m: TestModule;
  let events: ApplicationEventRepository;
  let fairId: string;
  let first: ApplicantFixture;

  beforeAll(async () => {
    m = await createTestModule([ApplicationsModule]);
    events = m.get(ApplicationEventRepository);
    const fair = await fairFixture(m);
    fairId = fair.id;
    [first] = await applicantsFixture(m, fair, 1);
  });
  afterAll(() => m.close());

  it('history: every step written by the services, oldest first', async () => {
    expect((await events.history(fairId, first.applicationId)).map((e) => e.event)).toEqual([
      'create',
      'submit',
      'approve',
      'release',
    ]);
  });

  it('append: lines of one transaction keep their order; data and reasons are kept', async () => {
    await m.transactions.run(({ manager }) =>
      events.append(manager, [
        {
          fairId,
          applicationId: first.applicationId,
          event: 'payment',
          from: { status: 'approved', pendingDecision: null },
          to: { status: 'approved', pendingDecision: null },
          data: { amount: '6000000' },
          actorId: first.member.id,
        },
        {
          fairId,
          applicationId: first.applicationId,
          event: 'priority_override',
          from: { status: 'approved', pendingDecision: null },
          to: { status: 'approved', pendingDecision: null },
          reason: 'Nghệ nhân ưu tú',
          actorId: first.member.id,
        },
      ]),
    );
    await m.transactions.run(({ manager }) => events.append(manager, []));
    const [payment, override] = (await events.history(fairId, first.applicationId)).slice(-2);
    expect(payment).toMatchObject({ event: 'payment', data: { amount: '6000000' }, reason: null });
    expect(override).toMatchObject({
      event: 'priority_override',
      reason: 'Nghệ nhân ưu tú',
      data: {},
    });
    expect(Number(override.seq)).toBeGreaterThan(Number(payment.seq));
    expect(override.occurredAt).toBeInstanceOf(Date);
  });
});
