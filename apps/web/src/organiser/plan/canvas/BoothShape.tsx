import { memo } from 'react';

export interface CanvasBooth {
  code: string;
  x: number;
  y: number;
  width: number;
  height: number;
  corner: boolean;
  blocked: boolean;
}

/** How a booth stands out: chosen, a neighbour of the chosen, a drag's target, a fault. */
export type BoothMark = 'selected' | 'neighbour' | 'fits' | 'breaks' | 'invalid';

const STROKE: Record<BoothMark | 'none', [string, number, string | undefined]> = {
  none: ['#495057', 0.08, undefined],
  selected: ['#1c3d5a', 0.35, undefined],
  neighbour: ['#1864ab', 0.25, '0.5 0.3'],
  fits: ['#2b8a3e', 0.4, undefined],
  breaks: ['#c92a2a', 0.4, undefined],
  invalid: ['#c92a2a', 0.3, '0.4 0.2'],
};
const OVERLAY: Partial<Record<BoothMark, string>> = { fits: '#8ce99a', breaks: '#ffa8a8' };

/**
 * One booth of the plan, in metres. Memoised: a change of selection or a drag re-renders the
 * few booths whose look changed, never the thousands around them.
 */
export const BoothShape = memo(function BoothShape({
  booth,
  fill,
  mark,
  label,
  pinned,
}: {
  booth: CanvasBooth;
  fill: string;
  mark?: BoothMark;
  label: string;
  pinned?: boolean;
}) {
  const { x, y, width: w, height: h } = booth;
  const [stroke, strokeWidth, dash] = STROKE[mark ?? 'none'];
  const size = Math.min(w, h);
  const fontSize = Math.min(size / 3.2, (w / Math.max(label.length, 3)) * 1.6);
  return (
    <g data-code={booth.code}>
      <rect
        x={x}
        y={y}
        width={w}
        height={h}
        fill={booth.blocked ? 'url(#plan-blocked)' : (OVERLAY[mark!] ?? fill)}
        stroke={stroke}
        strokeWidth={strokeWidth}
        strokeDasharray={dash}
      />
      {booth.corner && (
        <path d={`M${x + w - size * 0.3} ${y}h${size * 0.3}v${size * 0.3}z`} fill="#1c3d5a" />
      )}
      {pinned && <circle cx={x + size * 0.18} cy={y + size * 0.18} r={size * 0.1} fill="#862e9c" />}
      <text
        x={x + w / 2}
        y={y + h / 2}
        fontSize={fontSize}
        textAnchor="middle"
        dominantBaseline="central"
        fill="#212529"
      >
        {label}
      </text>
    </g>
  );
});
