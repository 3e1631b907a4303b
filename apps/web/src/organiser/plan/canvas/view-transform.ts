/** Pixels per metre of the plan at zoom 1; the view's zoom multiplies it. */
export const PX_PER_M = 8;
export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 12;

/** Where the plan sits in its viewport: screen = plan × PX_PER_M × k + (x, y). */
export interface ViewTransform {
  k: number;
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const clampZoom = (k: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k));

/** The plan's extent in metres (a small margin around the booths). */
export function planBounds(booths: readonly Rect[]): Rect {
  if (booths.length === 0) return { x: 0, y: 0, width: 30, height: 20 };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of booths) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return { x: x0 - 1, y: y0 - 1, width: x1 - x0 + 2, height: y1 - y0 + 2 };
}

/** The transform that shows the whole of `bounds` centred in a viewport of this size. */
export function fitTransform(bounds: Rect, width: number, height: number): ViewTransform {
  const k = clampZoom(
    Math.min(width / (bounds.width * PX_PER_M), height / (bounds.height * PX_PER_M)),
  );
  return {
    k,
    x: (width - bounds.width * PX_PER_M * k) / 2 - bounds.x * PX_PER_M * k,
    y: (height - bounds.height * PX_PER_M * k) / 2 - bounds.y * PX_PER_M * k,
  };
}

/** Zooms by `factor` keeping the plan point under (px, py) of the viewport in place. */
export function zoomAt(view: ViewTransform, factor: number, px: number, py: number): ViewTransform {
  const k = clampZoom(view.k * factor);
  const ratio = k / view.k;
  return { k, x: px - (px - view.x) * ratio, y: py - (py - view.y) * ratio };
}

/** A point of the viewport (pixels) in plan metres. */
export function toPlan(view: ViewTransform, px: number, py: number): { x: number; y: number } {
  return { x: (px - view.x) / (PX_PER_M * view.k), y: (py - view.y) / (PX_PER_M * view.k) };
}

/** Codes of the booths that a rectangle in plan metres touches. */
export function boothsIn<T extends Rect & { code: string }>(
  booths: readonly T[],
  area: Rect,
): string[] {
  return booths
    .filter(
      (b) =>
        b.x < area.x + area.width &&
        area.x < b.x + b.width &&
        b.y < area.y + area.height &&
        area.y < b.y + b.height,
    )
    .map((b) => b.code);
}
