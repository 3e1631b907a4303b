import { applicantsFixture, fairFixture } from '@hoicho/testing/fair-fixtures';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { PaymentsModule } from '../payments.module';
import { PaymentRepository } from '../payments/payment.repository';
import { PaymentReminderRepository } from '../reminders/payment-reminder.repository';
import { PaymentTermsRepository } from '../terms/payment-terms.repository';
import { StatementRepository } from './statement.repository';

/** Every method of the payments area's repositories against the real database. */
describe('payments repositories', () => {
  let m: TestModule;

  beforeAll(async () => {
    m = await createTestModule([PaymentsModule]);
  });
  afterAll(() => m.close());

  it('statements, lines, payments, terms and reminders', async () => {
    const fair = await fairFixture(m);
    const [app] = (await applicantsFixture(m, fair, 1)).filter((a) => a.status === 'approved');
    const bodyId = fair.organiser.organisingBodyId!;
    const statements = m.get(StatementRepository);
    const payments = m.get(PaymentRepository);
    const at = new Date();
    const mapping = { date: 'Ngày', credit: 'Có', description: 'ND' };
    await m.transactions.run(async ({ manager }) => {
      await statements.saveMapping(manager, bodyId, '970436', mapping, at);
      await statements.saveMapping(manager, bodyId, '970436', { ...mapping, bankRef: 'Số' }, at);
    });
    expect((await statements.mapping(bodyId, '970436'))?.mapping.bankRef).toBe('Số');
    expect(await statements.mappings(bodyId)).toHaveLength(1);
    const counts = {
      lines: 2,
      credits: 2,
      exact: 1,
      partial: 0,
      over_paid: 0,
      unmatched: 1,
      duplicate: 0,
      skipped: 0,
      errors: 0,
    };
    const importId = await m.transactions.run(async ({ manager }) => {
      const id = await statements.insertImport(manager, {
        fairId: fair.id,
        organisingBodyId: bodyId,
        bankBin: '970436',
        filename: 'a.csv',
        counts,
        errors: [],
        createdBy: fair.organiser.id,
        createdAt: at,
      });
      const line = {
        bookedOn: '2027-08-05',
        amount: 1000n,
        description: 'x',
        bankRef: null,
        payerAccount: null,
      };
      const ids = await statements.insertLines(manager, id, fair.id, bodyId, [
        {
          ...line,
          line: 2,
          txKey: 'k1',
          outcome: 'exact',
          state: 'recorded',
          applicationId: app.applicationId,
        },
        { ...line, line: 3, txKey: 'k2', outcome: 'unmatched', state: 'open', applicationId: null },
      ]);
      expect([...ids.keys()]).toEqual([2, 3]);
      expect(await statements.knownKeys(manager, bodyId, ['k1', 'k9'])).toEqual(new Set(['k1']));
      const [paymentId] = await payments.insertMany(manager, fair.id, fair.organiser.id, [
        {
          applicationId: app.applicationId,
          amount: 1000n,
          paidOn: '2027-08-05',
          method: 'statement',
          reference: null,
          note: null,
          statementLineId: ids.get(2)!,
        },
      ]);
      expect(paymentId).toBeTruthy();
      await statements.setCounts(manager, id, { ...counts, lines: 3 });
      return id;
    });
    expect((await statements.findImport(fair.id, importId))?.counts.lines).toBe(3);
    expect(await statements.imports(fair.id)).toHaveLength(1);
    const [rows, total] = await statements.lines(
      importId,
      { state: 'open' },
      { skip: 0, take: 10 },
    );
    expect([rows.length, total]).toEqual([1, 1]);
    const [open] = await statements.openLines(fair.id);
    await m.transactions.run(async ({ manager }) => {
      expect((await statements.lockLine(manager, fair.id, open.id))?.line).toBe(3);
      await statements.settle(manager, open.id, {
        state: 'ignored',
        applicationId: null,
        settledBy: fair.organiser.id,
        settledAt: at,
      });
    });
    expect(await statements.openLines(fair.id)).toEqual([]);
    const [paid] = await payments.ofFair(fair.id);
    expect(await payments.find(fair.id, paid.id)).toMatchObject({
      amount: '1000',
      method: 'statement',
    });
    expect((await payments.ofApplication(app.applicationId)).map((p) => p.id)).toEqual([paid.id]);

    const terms = m.get(PaymentTermsRepository);
    await m.transactions.run((tx) =>
      terms.upsert(tx.manager, {
        fairId: fair.id,
        depositDueDays: 5,
        balanceDaysBeforeOpening: 10,
        reminderDays: 2,
        updatedBy: null,
        updatedAt: at,
      }),
    );
    expect((await terms.find(fair.id))?.depositDueDays).toBe(5);
    expect(await terms.findMany([fair.id])).toHaveLength(1);

    const reminders = m.get(PaymentReminderRepository);
    const reminder = {
      applicationId: app.applicationId,
      kind: 'deposit' as const,
      dueOn: '2027-08-10',
      amount: 5n,
    };
    expect(await m.transactions.run((tx) => reminders.claim(tx.manager, reminder))).toBe(true);
    expect(await m.transactions.run((tx) => reminders.claim(tx.manager, reminder))).toBe(false);
  });
});
