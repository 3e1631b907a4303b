import { type PointerEvent as ReactPointerEvent, type RefObject, useRef } from 'react';
import { boothsIn, type Rect, toPlan, type ViewTransform } from './view-transform';

export interface PointerHandlers {
  /** A click on a booth (null: on the floor); `additive` with Shift. */
  onPick(code: string | null, additive: boolean): void;
  /** A Shift-drag box over the floor. */
  onBox(codes: string[], additive: boolean): void;
  /** Dragging a booth's holder, when `canDrag` allows it. */
  drag?: {
    canDrag(code: string): boolean;
    over(code: string | null): void;
    drop(code: string | null): void;
  };
}

const codeAt = (x: number, y: number): string | null =>
  document.elementFromPoint(x, y)?.closest('[data-code]')?.getAttribute('data-code') ?? null;

/**
 * Pointer work on the plan: drag the floor to pan, click to select, Shift-drag a box to select
 * many, or drag a producer's booth onto others.
 */
export function usePointer(
  booths: readonly (Rect & { code: string })[],
  viewport: RefObject<HTMLDivElement | null>,
  box: RefObject<HTMLDivElement | null>,
  view: RefObject<ViewTransform>,
  pan: (dx: number, dy: number) => void,
  handlers: PointerHandlers,
) {
  const gesture = useRef<{
    kind: 'pan' | 'box' | 'drag';
    code: string | null;
    x0: number;
    y0: number;
    x: number;
    y: number;
    moved: boolean;
    over: string | null;
  } | null>(null);

  const local = (event: ReactPointerEvent) => {
    const r = viewport.current!.getBoundingClientRect();
    return [event.clientX - r.left, event.clientY - r.top] as const;
  };

  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    // No text selection or native drag of a label: the plan is dragged by hand, not its text.
    event.preventDefault();
    event.currentTarget.focus({ preventScroll: true });
    const code =
      (event.target as Element).closest('[data-code]')?.getAttribute('data-code') ?? null;
    const [x, y] = local(event);
    const kind =
      code && handlers.drag?.canDrag(code) && !event.shiftKey
        ? 'drag'
        : !code && event.shiftKey
          ? 'box'
          : 'pan';
    gesture.current = { kind, code, x0: x, y0: y, x, y, moved: false, over: code };
    event.currentTarget.setPointerCapture(event.pointerId);
  };

  const onPointerMove = (event: ReactPointerEvent<HTMLDivElement>) => {
    const g = gesture.current;
    if (!g) return;
    const [x, y] = local(event);
    if (Math.abs(x - g.x0) + Math.abs(y - g.y0) > 4) g.moved = true;
    if (g.kind === 'pan') pan(x - g.x, y - g.y);
    if (g.kind === 'box' && box.current) {
      Object.assign(box.current.style, {
        display: 'block',
        left: `${Math.min(x, g.x0)}px`,
        top: `${Math.min(y, g.y0)}px`,
        width: `${Math.abs(x - g.x0)}px`,
        height: `${Math.abs(y - g.y0)}px`,
      });
    }
    if (g.kind === 'drag' && g.moved) {
      const over = codeAt(event.clientX, event.clientY);
      if (over !== g.over) {
        g.over = over;
        handlers.drag!.over(over);
      }
    }
    g.x = x;
    g.y = y;
  };

  const onPointerUp = (event: ReactPointerEvent<HTMLDivElement>) => {
    const g = gesture.current;
    gesture.current = null;
    if (!g) return;
    if (g.kind === 'box') {
      if (box.current) Object.assign(box.current.style, { display: 'none' });
      const a = toPlan(view.current, g.x0, g.y0);
      const b = toPlan(view.current, g.x, g.y);
      const area = {
        x: Math.min(a.x, b.x),
        y: Math.min(a.y, b.y),
        width: Math.abs(a.x - b.x),
        height: Math.abs(a.y - b.y),
      };
      handlers.onBox(boothsIn(booths, area), true);
    } else if (g.kind === 'drag' && g.moved) {
      handlers.drag!.drop(codeAt(event.clientX, event.clientY));
    } else if (!g.moved) {
      handlers.onPick(g.code, event.shiftKey);
    }
  };

  const onPointerCancel = () => {
    const g = gesture.current;
    gesture.current = null;
    if (box.current) Object.assign(box.current.style, { display: 'none' });
    if (g?.kind === 'drag') handlers.drag!.over(null);
  };

  return { onPointerDown, onPointerMove, onPointerUp, onPointerCancel };
}
