import { useMemo } from 'react';
import type { NormalizedInstance } from '@allocation-rules/engine/instance.types';
import type { BoothMark } from '../plan/canvas/MarkLayer';
import type { Plan } from '../plan/plan-api';
import { producerFill, zoneFills } from '../plan/plan-colours';
import type { Draft, Pin, RunInstance } from './board-api';
import { type Proposal, rulesOf } from './board-rules';

export type ColourBy = 'producer' | 'zone';

/** What the board derives from the plan, the draft and the run: colours, holders, marks. */
export function useBoard(
  plan: Plan | undefined,
  draft: Draft | undefined,
  instance: RunInstance | undefined,
  pins: Pin[] | undefined,
  colourBy: ColourBy,
  chosen: string | null,
  proposal: Proposal | null,
) {
  const rules = useMemo(
    () => (instance ? rulesOf(instance as NormalizedInstance) : null),
    [instance],
  );
  const placed = useMemo(
    () => new Map((draft?.assignments ?? []).map((a) => [a.applicationId, a.booths])),
    [draft],
  );
  const holders = useMemo(() => {
    const map = new Map<string, string>();
    for (const [request, booths] of placed) for (const b of booths) map.set(b, request);
    return map;
  }, [placed]);
  const names = useMemo(
    () =>
      new Map(
        [...(draft?.assignments ?? []), ...(draft?.unassigned ?? [])].map((a) => [
          a.applicationId,
          a.producerName,
        ]),
      ),
    [draft],
  );
  const fills = useMemo(() => {
    const zones = zoneFills(plan?.zones ?? []);
    return new Map(
      (plan?.booths ?? []).map((b) => {
        const holder = holders.get(b.code);
        const fill =
          colourBy === 'zone'
            ? (zones.get(b.zone) ?? '#e9ecef')
            : holder
              ? producerFill(holder)
              : '#ffffff';
        return [b.code, fill];
      }),
    );
  }, [plan, holders, colourBy]);
  const pinnedBooths = useMemo(() => new Set((pins ?? []).flatMap((p) => p.booths)), [pins]);
  const marks = useMemo(() => {
    const map = new Map<string, BoothMark>();
    for (const b of (chosen && placed.get(chosen)) || []) map.set(b, 'selected');
    if (proposal) {
      const mark = proposal.issues.length === 0 ? 'fits' : 'breaks';
      for (const booths of proposal.booths) for (const b of booths) map.set(b, mark);
    }
    return map;
  }, [chosen, placed, proposal]);
  return { rules, placed, holders, names, fills, pinnedBooths, marks };
}
