import { ActionIcon, Box, Group, Tooltip } from '@mantine/core';
import { type KeyboardEvent, memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { BoothShape, type CanvasBooth } from './BoothShape';
import { type BoothMark, MarkLayer } from './MarkLayer';
import './plan-canvas.css';
import { type PointerHandlers, usePointer } from './use-pointer';
import { useView } from './use-view';
import { usePinch } from './use-pinch';
import { planBounds, PX_PER_M } from './view-transform';

export interface PlanCanvasProps extends PointerHandlers {
  booths: readonly CanvasBooth[];
  /** Fill colour of each booth by code. */
  fills: ReadonlyMap<string, string>;
  marks: ReadonlyMap<string, BoothMark>;
  labels?: ReadonlyMap<string, string>;
  pinned?: ReadonlySet<string>;
  /** What the drawing shows, for people who cannot see it. */
  title: string;
  /** CSS height; by default what is left of a desk screen under the fair's header. */
  height?: string;
}

const KEY_PAN = 60;

/**
 * The floor plan as one SVG: booths are memoised shapes, pan and zoom move the whole layer
 * (useView), so 3,000 booths follow the hand without a re-render.
 */
export function PlanCanvas(props: PlanCanvasProps) {
  const { t } = useTranslation();
  const { booths, fills, marks, labels, pinned, title } = props;
  const height = props.height ?? 'max(360px, calc(100vh - 300px))';
  const bounds = useMemo(() => planBounds(booths), [booths]);
  const byCode = useMemo(() => new Map(booths.map((b) => [b.code, b])), [booths]);
  const { viewport, layer, view, fit, zoom, pan } = useView(bounds);
  const box = useRef<HTMLDivElement>(null);
  const pointer = usePinch(usePointer(booths, viewport, box, view, pan, props), viewport, zoom);
  const w = bounds.x + bounds.width;
  const h = bounds.y + bounds.height;

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, () => void> = {
      ArrowLeft: () => pan(KEY_PAN, 0),
      ArrowRight: () => pan(-KEY_PAN, 0),
      ArrowUp: () => pan(0, KEY_PAN),
      ArrowDown: () => pan(0, -KEY_PAN),
      '+': () => zoom(1.25),
      '=': () => zoom(1.25),
      '-': () => zoom(0.8),
      '0': fit,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  return (
    <Box pos="relative">
      <Group gap={4} pos="absolute" top={8} right={8} style={{ zIndex: 2 }}>
        {(
          [
            ['zoomIn', '+', () => zoom(1.25)],
            ['zoomOut', '−', () => zoom(0.8)],
            ['fit', '⤢', fit],
          ] as const
        ).map(([key, glyph, act]) => (
          <Tooltip key={key} label={t(`plan.canvas.${key}`)}>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t(`plan.canvas.${key}`)}
              onClick={act}
            >
              <span aria-hidden>{glyph}</span>
            </ActionIcon>
          </Tooltip>
        ))}
      </Group>
      <div
        ref={viewport}
        className="plan-viewport"
        role="application"
        aria-label={t('plan.canvas.label', { title })}
        aria-describedby="plan-canvas-help"
        tabIndex={0}
        onKeyDown={onKeyDown}
        {...pointer}
        style={{
          position: 'relative',
          overflow: 'hidden',
          height,
          background: '#f8f9fa',
          border: '1px solid var(--mantine-color-gray-4)',
          borderRadius: 4,
        }}
      >
        <div ref={layer} className="plan-layer" style={{ transformOrigin: '0 0' }}>
          <svg
            width={w * PX_PER_M}
            height={h * PX_PER_M}
            viewBox={`0 0 ${w} ${h}`}
            role="img"
            aria-label={title}
            style={{ display: 'block' }}
          >
            <defs>
              <pattern id="plan-blocked" width="1" height="1" patternUnits="userSpaceOnUse">
                <rect width="1" height="1" fill="#ced4da" />
                <path d="M0 1L1 0" stroke="#868e96" strokeWidth="0.15" />
              </pattern>
            </defs>
            <BoothLayer booths={booths} fills={fills} labels={labels} pinned={pinned} />
            <MarkLayer byCode={byCode} marks={marks} />
          </svg>
        </div>
        <div
          ref={box}
          aria-hidden
          style={{
            display: 'none',
            position: 'absolute',
            border: '1px dashed #1c3d5a',
            background: 'rgba(28, 61, 90, 0.1)',
            pointerEvents: 'none',
          }}
        />
      </div>
      <p id="plan-canvas-help" style={{ fontSize: 13, margin: '4px 0 0' }}>
        {t('plan.canvas.help')}
      </p>
    </Box>
  );
}

/** The booths themselves: drawn again only when the plan or its colours change. */
const BoothLayer = memo(function BoothLayer({
  booths,
  fills,
  labels,
  pinned,
}: Pick<PlanCanvasProps, 'booths' | 'fills' | 'labels' | 'pinned'>) {
  return (
    <g>
      {booths.map((booth) => (
        <BoothShape
          key={booth.code}
          booth={booth}
          fill={fills.get(booth.code) ?? '#e9ecef'}
          label={labels?.get(booth.code) ?? booth.code}
          pinned={pinned?.has(booth.code)}
        />
      ))}
    </g>
  );
});
