import {
  amountAsked,
  DEFAULT_PAYMENT_TERMS,
  depositOf,
  hanoiDay,
  paymentSchedule,
  remindersDue,
} from './payment-terms';

const owed = (paid: bigint) => ({
  amountDue: 12_000_001n,
  deposit: depositOf(12_000_001n, 50),
  amountPaid: paid,
});

describe('payment terms', () => {
  it('rounds the deposit down to the đồng; deposit + balance is the amount due', () => {
    expect(depositOf(12_000_001n, 50)).toBe(6_000_000n);
    const s = paymentSchedule(
      owed(0n),
      DEFAULT_PAYMENT_TERMS,
      new Date('2027-08-01T03:00:00Z'),
      '2027-10-10',
    );
    expect(s.deposit + s.balance).toBe(12_000_001n);
    expect(s.balance).toBe(6_000_001n);
  });

  it('dates: deposit 7 days after release (Hà Nội day), balance 20 days before opening', () => {
    // 20:00 UTC on 31/7 is already 1/8 in Hà Nội.
    expect(hanoiDay(new Date('2027-07-31T20:00:00Z'))).toBe('2027-08-01');
    const s = paymentSchedule(
      owed(0n),
      DEFAULT_PAYMENT_TERMS,
      new Date('2027-07-31T20:00:00Z'),
      '2027-10-10',
    );
    expect(s).toMatchObject({
      depositDueOn: '2027-08-08',
      balanceDueOn: '2027-09-20',
      status: 'unpaid',
    });
    expect(amountAsked(s)).toEqual({ kind: 'deposit', amount: 6_000_000n, dueOn: '2027-08-08' });
  });

  it('a late decision: both due no earlier than the decision, the deposit no later than the balance', () => {
    const s = paymentSchedule(
      owed(0n),
      DEFAULT_PAYMENT_TERMS,
      new Date('2027-10-01T03:00:00Z'),
      '2027-10-10',
    );
    expect(s.balanceDueOn).toBe('2027-10-01');
    expect(s.depositDueOn).toBe('2027-10-01');
  });

  it('asks for the balance once the deposit is paid, nothing once all is paid', () => {
    const released = new Date('2027-08-01T03:00:00Z');
    const half = paymentSchedule(owed(6_000_000n), DEFAULT_PAYMENT_TERMS, released, '2027-10-10');
    expect(half.status).toBe('deposit_paid');
    expect(amountAsked(half)).toEqual({ kind: 'balance', amount: 6_000_001n, dueOn: '2027-09-20' });
    const all = paymentSchedule(owed(12_000_001n), DEFAULT_PAYMENT_TERMS, released, '2027-10-10');
    expect(all.status).toBe('paid');
    expect(amountAsked(all)).toBeNull();
  });

  it('reminders: the kind due within N days', () => {
    const s = paymentSchedule(
      owed(0n),
      DEFAULT_PAYMENT_TERMS,
      new Date('2027-08-01T03:00:00Z'),
      '2027-10-10',
    );
    expect(remindersDue(s, '2027-08-01', 3)).toEqual([]);
    expect(remindersDue(s, '2027-08-05', 3)).toEqual(['deposit']);
    const half = paymentSchedule(
      owed(6_000_000n),
      DEFAULT_PAYMENT_TERMS,
      new Date('2027-08-01T03:00:00Z'),
      '2027-10-10',
    );
    expect(remindersDue(half, '2027-09-17', 3)).toEqual(['balance']);
  });
});
