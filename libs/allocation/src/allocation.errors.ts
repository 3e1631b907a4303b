import { AppError, FieldIssue } from '@hoicho/platform';

/*
 * The allocation area's error codes:
 * - fair_not_allocating (409): runs, edits, pins and publication need a fair that is
 *   `allocating` or `published`; a reshuffle only `allocating`; offers also `running`.
 * - run_not_ready (409): the run is still queued or running, or it failed: it has no draft.
 * - allocation_stale (409): another publication (or an accepted offer, freed booths) changed
 *   the published assignments since this run was computed; run again.
 * - decisions_unreleased (409): applications in the draft hold a staged approval; release the
 *   decisions before telling producers their booths.
 * - booth_taken (409): a booth is someone else's in the draft, pinned, or already published.
 * - placement_invalid (422): a hand placement breaks the contract's rules (types, one accepted
 *   zone, connected); `fields` names each booth, `details.rules` the rules broken. Send
 *   `override: true` to place it anyway, as a pin would.
 * - offer_closed (409): the offer was accepted, declined, cancelled or has expired.
 * - validation_failed (400): a field is malformed or names an unknown booth or application.
 */

export function fairNotAllocating(status: string, allowed: readonly string[]): AppError {
  return new AppError(
    'conflict',
    'fair_not_allocating',
    `The fair is ${status}; this needs a fair that is ${allowed.join(' or ')}`,
    [{ field: 'status', message: `fair is ${status}` }],
    { status, allowed },
  );
}

export function runNotReady(status: string): AppError {
  return new AppError(
    'conflict',
    'run_not_ready',
    status === 'failed'
      ? 'The run failed and has no draft; start a new run'
      : `The run is ${status}; its draft is not ready yet`,
    [{ field: 'runId', message: `run is ${status}` }],
    { status },
  );
}

export function allocationStale(): AppError {
  return new AppError(
    'conflict',
    'allocation_stale',
    'The published assignments changed since this run was computed (another publication, an accepted offer or freed booths); start a new run',
    [{ field: 'runId', message: 'is out of date' }],
  );
}

export function decisionsUnreleased(ids: string[]): AppError {
  return new AppError(
    'conflict',
    'decisions_unreleased',
    `${ids.length} application(s) in the draft hold an approval that was not released; release the decisions first`,
    ids.map((id) => ({ field: 'applicationIds', message: `${id} has a staged approval` })),
    { applicationIds: ids },
  );
}

export function boothTaken(fields: FieldIssue[], holders: Record<string, string>): AppError {
  return new AppError(
    'conflict',
    'booth_taken',
    `Booth already taken: ${fields.map((f) => f.message).join('; ')}`,
    fields,
    { holders },
  );
}

export function placementInvalid(fields: FieldIssue[], rules: string[]): AppError {
  return new AppError(
    'unprocessable',
    'placement_invalid',
    `The placement breaks the allocation rules: ${fields.map((f) => f.message).join('; ')}. Send "override": true to place it anyway`,
    fields,
    { rules },
  );
}

export function offerClosed(status: string): AppError {
  return new AppError(
    'conflict',
    'offer_closed',
    status === 'expired' ? 'The offer has expired' : `The offer is ${status}`,
    [{ field: 'status', message: `is ${status}` }],
    { status },
  );
}
