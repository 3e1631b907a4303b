import type { ProducerSample } from './inbox-api';

/** How the samples screen sorts a producer's entries, in the order it shows them (to act on first). */
export const SAMPLE_GROUPS = [
  'entries',
  'requested',
  'received',
  'on_display',
  'returned',
  'settled',
] as const;
export type SampleGroup = (typeof SAMPLE_GROUPS)[number];

/**
 * Accepted samples by where they stand in custody; open invitations and proposals apart; what
 * is over without a return (sold, damaged, lost, cancelled, declined, withdrawn) as "other".
 */
export function groupOf(
  sample: Pick<ProducerSample, 'entryStatus' | 'custodyStatus'>,
): SampleGroup {
  if (sample.entryStatus === 'invited' || sample.entryStatus === 'proposed') return 'entries';
  switch (sample.custodyStatus) {
    case 'requested':
    case 'received':
    case 'on_display':
    case 'returned':
      return sample.custodyStatus;
    default:
      return 'settled';
  }
}
