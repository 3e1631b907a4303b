/**
 * A fair's life: draft → open (applications open) → allocating → published (booths announced)
 * → running → closed. It can be cancelled at any point before it runs; once running it can
 * only close.
 */
export const FAIR_STATUSES = [
  'draft',
  'open',
  'allocating',
  'published',
  'running',
  'closed',
  'cancelled',
] as const;

export type FairStatus = (typeof FAIR_STATUSES)[number];

const NEXT: Readonly<Record<FairStatus, readonly FairStatus[]>> = {
  draft: ['open', 'cancelled'],
  open: ['allocating', 'cancelled'],
  allocating: ['published', 'cancelled'],
  published: ['running', 'cancelled'],
  running: ['closed'],
  closed: [],
  cancelled: [],
};

export class FairTransitionError extends Error {
  readonly code = 'fair_transition';

  constructor(
    readonly from: FairStatus,
    readonly to: FairStatus,
  ) {
    const allowed = NEXT[from];
    super(
      `A fair cannot go from "${from}" to "${to}"; ` +
        (allowed.length
          ? `from "${from}" it can go to: ${allowed.join(', ')}`
          : `"${from}" is final`),
    );
    this.name = 'FairTransitionError';
  }
}

export function nextFairStatuses(from: FairStatus): readonly FairStatus[] {
  return NEXT[from];
}

export function canFairTransition(from: FairStatus, to: FairStatus): boolean {
  return NEXT[from].includes(to);
}

export function assertFairTransition(from: FairStatus, to: FairStatus): void {
  if (!canFairTransition(from, to)) throw new FairTransitionError(from, to);
}
