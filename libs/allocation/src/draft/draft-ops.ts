import { scoreAssignments, type AllocationResult, type NormalizedInstance } from '../engine';
import type { Draft, DraftAssignment, DraftUnassigned } from './draft.types';
import { explainPlacement, InstanceIndex } from './placement-rules';

/** The engine's result as a first draft: nothing placed by hand yet. */
export function draftFromResult(result: AllocationResult): Draft {
  return {
    assignments: result.assignments.map((a) => ({
      request: a.request,
      booths: [...a.booths],
      explanation: a.explanation ?? {
        zone: '',
        zoneChoice: null,
        corner: { wanted: false, got: false },
        nearMet: [],
        nearMissed: [],
        pinned: false,
        text: '',
      },
      manual: false,
      override: false,
    })),
    unassigned: result.unassigned.map((u) => ({ ...u, manual: false })),
    score: result.score,
    edits: 0,
  };
}

/** Booth code → the request holding it in the draft. */
export function holdersOf(draft: Draft): Map<string, string> {
  const holders = new Map<string, string>();
  for (const a of draft.assignments) for (const b of a.booths) holders.set(b, a.request);
  return holders;
}

export interface DraftChange {
  request: string;
  /** New booths (codes); null takes the request out of the draft. */
  booths: string[] | null;
  override: boolean;
}

export const TAKEN_OUT = 'Taken out of the draft by the organiser';

/**
 * Applies hand changes (already checked) and works out again what follows from them: every
 * assignment's explanation (a move changes who stands next to whom) and the score.
 */
export function applyChanges(
  instance: NormalizedInstance,
  draft: Draft,
  changes: readonly DraftChange[],
): Draft {
  const index = new InstanceIndex(instance);
  const placed = new Map<string, Omit<DraftAssignment, 'explanation'>>(
    draft.assignments.map((a) => [
      a.request,
      { request: a.request, booths: a.booths, manual: a.manual, override: a.override },
    ]),
  );
  const out = new Map<string, DraftUnassigned>(draft.unassigned.map((u) => [u.request, u]));
  for (const change of changes) {
    if (change.booths === null) {
      placed.delete(change.request);
      out.set(change.request, {
        request: change.request,
        reason: TAKEN_OUT,
        code: 'taken_out',
        params: {},
        manual: true,
      });
    } else {
      out.delete(change.request);
      placed.set(change.request, {
        request: change.request,
        booths: [...change.booths].sort(),
        manual: true,
        override: change.override,
      });
    }
  }
  const boothsOf = new Map([...placed.values()].map((a) => [a.request, a.booths]));
  const assignments: DraftAssignment[] = [...placed.values()]
    .sort((a, b) => (a.request < b.request ? -1 : a.request > b.request ? 1 : 0))
    .map((a) => ({
      ...a,
      explanation: explainPlacement(index, a.request, a.booths, boothsOf, a),
    }));
  const unassigned = [...out.values()].sort((a, b) =>
    a.request < b.request ? -1 : a.request > b.request ? 1 : 0,
  );
  return {
    assignments,
    unassigned,
    score: scoreAssignments(
      instance,
      assignments.map((a) => ({ request: a.request, booths: a.booths })),
    ),
    edits: draft.edits + 1,
  };
}
