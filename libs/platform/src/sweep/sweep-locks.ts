/**
 * The advisory lock each sweep holds while it reads what to recover, so one process sweeps at
 * a time. Any fixed numbers, the same in every process; each names one sweep only.
 */
export enum SweepLock {
  Outbox = 724_301,
  Invitations = 724_406,
  Allocation = 724_407,
  Payments = 724_408,
}
