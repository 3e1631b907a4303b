import { type PointerEvent as ReactPointerEvent, type RefObject, useRef } from 'react';

type Handlers = {
  onPointerDown(event: ReactPointerEvent<HTMLDivElement>): void;
  onPointerMove(event: ReactPointerEvent<HTMLDivElement>): void;
  onPointerUp(event: ReactPointerEvent<HTMLDivElement>): void;
  onPointerCancel(): void;
};

/**
 * Two fingers on a tablet zoom the plan about the point between them; one finger still pans,
 * taps and drags through the plan's own pointer handlers. A pinch cancels what the first
 * finger had started, and nothing else happens until both fingers are lifted.
 */
export function usePinch(
  handlers: Handlers,
  viewport: RefObject<HTMLDivElement | null>,
  zoom: (factor: number, px?: number, py?: number) => void,
): Handlers {
  const touches = useRef(new Map<number, { x: number; y: number }>());
  const pinching = useRef(false);
  const last = useRef(0);

  const at = (event: ReactPointerEvent) => {
    const r = viewport.current!.getBoundingClientRect();
    return { x: event.clientX - r.left, y: event.clientY - r.top };
  };
  const spread = () => {
    const [a, b] = [...touches.current.values()];
    return { d: Math.hypot(a.x - b.x, a.y - b.y), mx: (a.x + b.x) / 2, my: (a.y + b.y) / 2 };
  };

  return {
    onPointerDown(event) {
      if (event.pointerType === 'touch') touches.current.set(event.pointerId, at(event));
      if (touches.current.size === 2) {
        pinching.current = true;
        handlers.onPointerCancel();
        last.current = spread().d;
        return;
      }
      if (!pinching.current) handlers.onPointerDown(event);
    },
    onPointerMove(event) {
      if (touches.current.has(event.pointerId)) touches.current.set(event.pointerId, at(event));
      if (pinching.current) {
        if (touches.current.size === 2) {
          const { d, mx, my } = spread();
          if (last.current > 0 && d > 0) zoom(d / last.current, mx, my);
          last.current = d;
        }
        return;
      }
      handlers.onPointerMove(event);
    },
    onPointerUp(event) {
      touches.current.delete(event.pointerId);
      if (pinching.current) {
        if (touches.current.size === 0) pinching.current = false;
        return;
      }
      handlers.onPointerUp(event);
    },
    onPointerCancel() {
      touches.current.clear();
      pinching.current = false;
      handlers.onPointerCancel();
    },
  };
}
