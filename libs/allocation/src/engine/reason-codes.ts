/**
 * Why a request got no booths, as a stable code with parameters: the platform words it in the
 * reader's language (a screen from its own catalogue), the engine's `reason` is the English.
 * - no_such_booth: no booth of the accepted types exists in the accepted zones;
 * - no_block_big_enough: such booths exist, but no connected group of `size` (`largest` is the
 *   biggest);
 * - pinned_elsewhere: every big enough group holds booths pinned to other requests;
 * - all_taken: the groups are taken (`taken` of `total` such booths, by `higher`, `equal` or
 *   `lower` priority requests; `free` are left, not connected enough);
 * - taken_out: an organiser took the request out of a draft by hand.
 * `types` and `zones` are lists of codes (`zones` empty: any zone).
 */
export type UnassignedCode =
  'no_such_booth' | 'no_block_big_enough' | 'pinned_elsewhere' | 'all_taken' | 'taken_out';

export const UNASSIGNED_CODES: readonly UnassignedCode[] = [
  'no_such_booth',
  'no_block_big_enough',
  'pinned_elsewhere',
  'all_taken',
  'taken_out',
];

export type ReasonParams = Record<string, string | number | string[]>;

export interface UnassignedReason {
  code: UnassignedCode;
  params: ReasonParams;
  /** English, for the command line and logs (ALLOCATION.md's `reason`). */
  reason: string;
}
