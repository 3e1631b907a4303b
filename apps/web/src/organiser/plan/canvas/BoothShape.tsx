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

/**
 * One booth of the plan, in metres. Memoised, and never marked itself (see MarkLayer): a
 * selection or a drag leaves the thousands of booths as they are.
 */
export const BoothShape = memo(function BoothShape({
  booth,
  fill,
  label,
  pinned,
}: {
  booth: CanvasBooth;
  fill: string;
  label: string;
  pinned?: boolean;
}) {
  const { x, y, width: w, height: h } = booth;
  const size = Math.min(w, h);
  const fontSize = Math.min(size / 3.2, (w / Math.max(label.length, 3)) * 1.6);
  return (
    <g data-code={booth.code}>
      <rect
        x={x}
        y={y}
        width={w}
        height={h}
        fill={booth.blocked ? 'url(#plan-blocked)' : fill}
        stroke="#495057"
        strokeWidth={0.08}
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
