import { useCallback, useEffect, useRef } from 'react';
import { fitTransform, type Rect, type ViewTransform, zoomAt } from './view-transform';

/**
 * The view's pan and zoom, written straight to the plan layer's CSS transform: moving the
 * plan repaints nothing and re-renders no booth. While it moves the layer is promoted
 * (will-change), and a moment after it stops it is drawn sharp again at the new zoom.
 */
export function useView(bounds: Rect) {
  const viewport = useRef<HTMLDivElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  const view = useRef<ViewTransform>({ k: 1, x: 0, y: 0 });
  const settle = useRef<number>(0);
  const frame = useRef<number>(0);

  const paint = useCallback(() => {
    frame.current = 0;
    const el = layer.current;
    if (!el) return;
    const { k, x, y } = view.current;
    el.style.willChange = 'transform';
    el.style.transform = `translate(${x}px, ${y}px) scale(${k})`;
    // Labels too small to read are left out of the drawing.
    el.dataset.far = String(k < 0.9);
    window.clearTimeout(settle.current);
    settle.current = window.setTimeout(() => {
      el.style.willChange = 'auto';
    }, 200);
  }, []);

  const set = useCallback(
    (next: ViewTransform) => {
      view.current = next;
      if (!frame.current) frame.current = requestAnimationFrame(paint);
    },
    [paint],
  );

  const fit = useCallback(() => {
    const box = viewport.current?.getBoundingClientRect();
    if (box) set(fitTransform(bounds, box.width, box.height));
  }, [bounds, set]);

  const zoom = useCallback(
    (factor: number, px?: number, py?: number) => {
      const box = viewport.current!.getBoundingClientRect();
      set(zoomAt(view.current, factor, px ?? box.width / 2, py ?? box.height / 2));
    },
    [set],
  );

  const pan = useCallback(
    (dx: number, dy: number) =>
      set({ ...view.current, x: view.current.x + dx, y: view.current.y + dy }),
    [set],
  );

  useEffect(() => {
    fit();
  }, [fit]);

  // Wheel zoom must prevent the page's scroll, which React's passive listener cannot.
  useEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const box = el.getBoundingClientRect();
      zoom(Math.exp(-event.deltaY * 0.0015), event.clientX - box.left, event.clientY - box.top);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [zoom]);

  useEffect(
    () => () => {
      window.clearTimeout(settle.current);
      cancelAnimationFrame(frame.current);
    },
    [],
  );

  return { viewport, layer, view, fit, zoom, pan };
}
