import { toNfc } from '@hoicho/platform/domain';

export type CustodyStatus =
  'requested' | 'received' | 'on_display' | 'returned' | 'sold' | 'damaged' | 'lost' | 'cancelled';

export type SampleCondition = 'good' | 'minor_defects' | 'damaged';

export type CustodyStep =
  | { type: 'receive'; by: string; condition: SampleCondition; photoRef?: string; note?: string }
  | { type: 'display'; location: string }
  | { type: 'return'; signedOffBy: string }
  | { type: 'sell'; note?: string }
  | { type: 'mark_damaged'; note: string }
  | { type: 'mark_lost'; note: string }
  | { type: 'cancel'; note: string };

/** The trail row the service stores for every step: the step's details, when, and the move. */
export type CustodyEvent = CustodyStep & { from: CustodyStatus; to: CustodyStatus; at: Date };

const TARGET: Record<CustodyStep['type'], CustodyStatus> = {
  receive: 'received',
  display: 'on_display',
  return: 'returned',
  sell: 'sold',
  mark_damaged: 'damaged',
  mark_lost: 'lost',
  cancel: 'cancelled',
};

/**
 * Which steps each state allows. Beyond the display route, a received sample may go straight
 * back, and one in storage can be damaged or lost as well as one on display; "display" from
 * on_display moves it to another place. A requested sample that never arrives is cancelled
 * (with a note saying why): it never reached the organisers, so only a requested one can be.
 * Returned, sold, damaged, lost and cancelled are final.
 */
const ALLOWED: Record<CustodyStatus, readonly CustodyStep['type'][]> = {
  requested: ['receive', 'cancel'],
  received: ['display', 'return', 'mark_damaged', 'mark_lost'],
  on_display: ['display', 'return', 'sell', 'mark_damaged', 'mark_lost'],
  returned: [],
  sold: [],
  damaged: [],
  lost: [],
  cancelled: [],
};

/** Who signs, where it stands, what happened: the facts a step must carry. */
const REQUIRED_TEXT: Record<CustodyStep['type'], readonly string[]> = {
  receive: ['by'],
  display: ['location'],
  return: ['signedOffBy'],
  sell: [],
  mark_damaged: ['note'],
  mark_lost: ['note'],
  cancel: ['note'],
};

export class CustodyStepError extends Error {
  constructor(
    message: string,
    readonly from: CustodyStatus,
    readonly step: CustodyStep['type'],
  ) {
    super(message);
    this.name = 'CustodyStepError';
  }
}

function explain(from: CustodyStatus, step: CustodyStep['type']): string {
  if (ALLOWED[from].length === 0) return `the sample is already ${from}, which is final`;
  if (from === 'requested') return 'the sample has not been received yet';
  if (step === 'cancel') {
    return `only a requested sample that never arrived can be cancelled, and this one is ${from}`;
  }
  return `a sample that is ${from} can only: ${ALLOWED[from].join(', ')}`;
}

/** Text fields of a step trimmed and in NFC, so the trail reads the same however it was typed. */
function normalise(step: CustodyStep): CustodyStep {
  return Object.fromEntries(
    Object.entries(step).map(([key, value]) => [
      key,
      typeof value === 'string' ? toNfc(value) : value,
    ]),
  ) as CustodyStep;
}

/** Applies one custody step; throws CustodyStepError naming the step if it is not allowed. */
export function applyCustodyStep(
  from: CustodyStatus,
  input: CustodyStep,
  at: Date,
): { status: CustodyStatus; event: CustodyEvent } {
  const step = normalise(input);
  if (!ALLOWED[from].includes(step.type)) {
    throw new CustodyStepError(
      `Cannot ${step.type.replace('_', ' ')}: ${explain(from, step.type)}.`,
      from,
      step.type,
    );
  }
  const missing = REQUIRED_TEXT[step.type].filter(
    (field) => !(step as Record<string, unknown>)[field],
  );
  if (missing.length > 0) {
    throw new CustodyStepError(
      `Cannot ${step.type.replace('_', ' ')}: ${missing.join(', ')} is required.`,
      from,
      step.type,
    );
  }
  const to = TARGET[step.type];
  return { status: to, event: { ...step, from, to, at } };
}

/**
 * Still in the organiser's hands: what the unreturned-samples report lists at close. Requested
 * and cancelled samples never reached them; the other final states are settled with a note.
 */
export function isOutstanding(status: CustodyStatus): boolean {
  return status === 'received' || status === 'on_display';
}

export function isFinal(status: CustodyStatus): boolean {
  return ALLOWED[status].length === 0;
}

/**
 * A live sample keeps its product's place in the showcase (the partial unique index
 * `showcase_samples_one_live_per_product`): requested, received or on display. Once settled,
 * cancelled included, the product may be entered again.
 */
export function isLive(status: CustodyStatus): boolean {
  return status === 'requested' || isOutstanding(status);
}
