import { memo } from 'react';
import type { CanvasBooth } from './BoothShape';

/** How a booth stands out: chosen, a neighbour of the chosen, a drag's target, a fault. */
export type BoothMark = 'selected' | 'neighbour' | 'fits' | 'breaks' | 'invalid';

const LOOK: Record<BoothMark, { stroke: string; width: number; dash?: string; fill?: string }> = {
  selected: { stroke: '#1c3d5a', width: 0.35 },
  neighbour: { stroke: '#1864ab', width: 0.25, dash: '0.5 0.3' },
  fits: { stroke: '#2b8a3e', width: 0.4, fill: 'rgba(64, 192, 87, 0.45)' },
  breaks: { stroke: '#c92a2a', width: 0.4, fill: 'rgba(250, 82, 82, 0.45)' },
  invalid: { stroke: '#c92a2a', width: 0.3, dash: '0.4 0.2' },
};

/**
 * The marked booths drawn over the plan: only these few change while a person selects or
 * drags, so an answer to a drop paints without touching the booths below.
 */
export const MarkLayer = memo(function MarkLayer({
  byCode,
  marks,
}: {
  byCode: ReadonlyMap<string, CanvasBooth>;
  marks: ReadonlyMap<string, BoothMark>;
}) {
  return (
    <g pointerEvents="none">
      {[...marks].map(([code, mark]) => {
        const b = byCode.get(code);
        if (!b) return null;
        const look = LOOK[mark];
        return (
          <rect
            key={code}
            x={b.x}
            y={b.y}
            width={b.width}
            height={b.height}
            fill={look.fill ?? 'none'}
            stroke={look.stroke}
            strokeWidth={look.width}
            strokeDasharray={look.dash}
          />
        );
      })}
    </g>
  );
});
