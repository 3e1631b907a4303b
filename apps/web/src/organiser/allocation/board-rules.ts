import type { NormalizedInstance } from '@allocation-rules/engine/instance.types';
import { buildModel, type Model } from '@allocation-rules/engine/model';
import { scoreAssignments } from '@allocation-rules/engine/score';
import { validateInstance } from '@allocation-rules/engine/validate-instance';
import {
  checkPlacement,
  InstanceIndex,
  type PlacementIssue,
} from '@allocation-rules/draft/placement-rules';

/*
 * The allocation contract's own rules and score (libs/allocation, pure), run in the browser
 * on the run's instance: a drag is answered before the API is asked, and the API checks the
 * same rules again when the move is made.
 */

export interface Rules {
  index: InstanceIndex;
  model: Model;
}

export function rulesOf(instance: NormalizedInstance): Rules {
  const valid = validateInstance(instance);
  return { index: new InstanceIndex(valid), model: buildModel(valid) };
}

/** Request → its booths in the draft. */
export type Placed = ReadonlyMap<string, readonly string[]>;

export interface Proposal {
  kind: 'move' | 'swap';
  /** The request dragged, and for a swap the one it trades places with. */
  requests: string[];
  /** The booths each request would get, in `requests` order. */
  booths: string[][];
  issues: PlacementIssue[];
  /** Only rules an organiser may override (type, zone, connection) are broken. */
  overridable: boolean;
  before: number;
  after: number;
}

const OVERRIDABLE = new Set(['type', 'zone', 'connected']);

export const scoreOf = (rules: Rules, placed: Placed) =>
  scoreAssignments(
    rules.model,
    [...placed].map(([request, booths]) => ({ request, booths: [...booths] })),
  );

function holdersOf(placed: Placed, except: readonly string[]): Map<string, string> {
  const holders = new Map<string, string>();
  for (const [request, booths] of placed)
    if (!except.includes(request)) for (const b of booths) holders.set(b, request);
  return holders;
}

/**
 * The block a request would take with `anchor` in it: the anchor, then free booths of the
 * same zone reached through neighbours (nearest first) until it has as many as it wants.
 */
export function blockAt(rules: Rules, placed: Placed, request: string, anchor: string): string[] {
  const size = rules.index.requests.get(request)?.size ?? 1;
  const zone = rules.index.booths.get(anchor)?.zone;
  const holders = holdersOf(placed, [request]);
  const block = [anchor];
  const seen = new Set(block);
  for (let i = 0; i < block.length && block.length < size; i++) {
    for (const n of [...(rules.index.neighbours.get(block[i]) ?? [])].sort()) {
      if (seen.has(n) || holders.has(n) || rules.index.booths.get(n)?.zone !== zone) continue;
      seen.add(n);
      block.push(n);
      if (block.length === size) break;
    }
  }
  return block;
}

/**
 * What dropping `request` on booth `target` would do: a swap when another producer holds the
 * booth, else a move to the block around it; the rules it breaks and the score before/after.
 */
export function propose(rules: Rules, placed: Placed, request: string, target: string): Proposal {
  const holder = holdersOf(placed, [request]).get(target);
  const before = scoreOf(rules, placed);
  const after = new Map(placed);
  let proposal: Omit<Proposal, 'before' | 'after' | 'overridable'>;
  if (holder && placed.has(request)) {
    const mine = [...placed.get(request)!];
    const theirs = [...placed.get(holder)!];
    const others = holdersOf(placed, [request, holder]);
    const issues = [
      ...checkPlacement(rules.index, request, theirs, others, false),
      ...checkPlacement(rules.index, holder, mine, others, false),
    ];
    after.set(request, theirs).set(holder, mine);
    proposal = { kind: 'swap', requests: [request, holder], booths: [theirs, mine], issues };
  } else {
    const booths = blockAt(rules, placed, request, target);
    const issues = checkPlacement(
      rules.index,
      request,
      booths,
      holdersOf(placed, [request]),
      false,
    );
    after.set(request, booths);
    proposal = { kind: 'move', requests: [request], booths: [booths], issues };
  }
  const fits = proposal.issues.every((i) => OVERRIDABLE.has(i.rule));
  return {
    ...proposal,
    overridable: fits && proposal.issues.length > 0,
    before,
    // A placement that breaks size or double booking cannot be made: no score to show.
    after: fits ? scoreOf(rules, after) : before,
  };
}
