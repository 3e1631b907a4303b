import { Booth, BoothPlan } from './plan.types';
import { escapeXml } from '@hoicho/platform/domain';
import { fitLines } from './svg-text.util';

/** What to show on an allocated booth: the producer's name and the group it is coloured by. */
export interface BoothAssignment {
  label?: string;
  /** Booths with the same key share a colour (e.g. a craft village); overrides the zone's. */
  colourKey?: string;
}

export interface PlanSvgOptions {
  assignments?: ReadonlyMap<string, BoothAssignment>;
  title?: string;
  /** Pixels per metre. */
  scale?: number;
}

const MARGIN = 20;
const LEGEND_ROW = 22;
const TITLE_HEIGHT = 32;
const BLOCKED_FILL = '#d9d9d9';
const UNKNOWN_FILL = '#ffffff';
// Average glyph width of a sans-serif font relative to its size; good enough to fit labels.
const CHAR_WIDTH = 0.56;

const round = (n: number) => Number(n.toFixed(2));
const isHexColour = (value: string | undefined): value is string =>
  !!value && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value);

/** Light, well separated hues (golden-angle steps) so dark text stays readable on them. */
function paletteColour(index: number): string {
  return `hsl(${round((index * 137.508) % 360)}, 60%, 78%)`;
}

/**
 * Draws the plan as a standalone SVG document: booths as rectangles coloured by zone (or by
 * the assignment's colour key), with their code and label, blocked booths hatched grey, corner
 * booths marked, and a legend below. All text is escaped.
 */
export function renderPlanSvg(plan: BoothPlan, options: PlanSvgOptions = {}): string {
  const scale = options.scale ?? 40;
  const assignments = options.assignments ?? new Map<string, BoothAssignment>();

  const zoneFill = new Map(
    plan.zones.map((zone, i) => [
      zone.code,
      isHexColour(zone.colour) ? zone.colour : paletteColour(i),
    ]),
  );
  const keys = [
    ...new Set([...assignments.values()].flatMap((a) => (a.colourKey ? [a.colourKey] : []))),
  ].sort((a, b) => a.localeCompare(b, 'vi'));
  const keyFill = new Map(keys.map((key, i) => [key, paletteColour(plan.zones.length + i)]));

  const booths = plan.booths;
  const minX = booths.length ? Math.min(...booths.map((b) => b.x)) : 0;
  const minY = booths.length ? Math.min(...booths.map((b) => b.y)) : 0;
  const maxX = booths.length ? Math.max(...booths.map((b) => b.x + b.width)) : 0;
  const maxY = booths.length ? Math.max(...booths.map((b) => b.y + b.height)) : 0;
  const top = MARGIN + (options.title ? TITLE_HEIGHT : 0);
  const px = (x: number) => round(MARGIN + (x - minX) * scale);
  const py = (y: number) => round(top + (y - minY) * scale);

  const legendItems: { fill: string; hatched?: boolean; text: string }[] = [
    ...plan.zones.map((z) => ({ fill: zoneFill.get(z.code)!, text: `${z.code} — ${z.name}` })),
    ...keys.map((key) => ({ fill: keyFill.get(key)!, text: key })),
    { fill: BLOCKED_FILL, hatched: true, text: 'Không cho thuê / Blocked' },
  ];
  const planBottom = py(maxY) + MARGIN;
  const width = Math.max(px(maxX) + MARGIN, 320);
  const height = round(planBottom + (legendItems.length + 1) * LEGEND_ROW + MARGIN);

  const boothSvg = booths.map((booth) => {
    const assignment = assignments.get(booth.code);
    const fill = booth.blocked
      ? BLOCKED_FILL
      : ((assignment?.colourKey && keyFill.get(assignment.colourKey)) ??
        zoneFill.get(booth.zone) ??
        UNKNOWN_FILL);
    return renderBooth(booth, assignment?.label, fill, px(booth.x), py(booth.y), scale);
  });

  const legendSvg = legendItems.map((item, i) => {
    const y = planBottom + i * LEGEND_ROW;
    return (
      `<rect x="${MARGIN}" y="${y}" width="16" height="16" fill="${item.fill}" stroke="#555"/>` +
      (item.hatched
        ? `<rect x="${MARGIN}" y="${y}" width="16" height="16" fill="url(#hatch)"/>`
        : '') +
      `<text x="${MARGIN + 24}" y="${y + 12}" font-size="12">${escapeXml(item.text)}</text>`
    );
  });
  const cornerY = planBottom + legendItems.length * LEGEND_ROW;
  legendSvg.push(
    `<path d="M${MARGIN} ${cornerY}h8l-8 8z" fill="#333"/>` +
      `<text x="${MARGIN + 24}" y="${cornerY + 12}" font-size="12">Gian góc / Corner booth</text>`,
  );

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Arial, Helvetica, sans-serif">`,
    options.title ? `<title>${escapeXml(options.title)}</title>` : '',
    '<defs><pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="8" stroke="#888" stroke-width="2"/></pattern></defs>',
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    options.title
      ? `<text x="${MARGIN}" y="${MARGIN + 16}" font-size="18" font-weight="bold">${escapeXml(options.title)}</text>`
      : '',
    `<g class="booths">${boothSvg.join('')}</g>`,
    `<g class="legend">${legendSvg.join('')}</g>`,
    '</svg>',
    '',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

function renderBooth(
  booth: Booth,
  label: string | undefined,
  fill: string,
  x: number,
  y: number,
  scale: number,
): string {
  const w = round(booth.width * scale);
  const h = round(booth.height * scale);
  const codeSize = round(Math.min(14, Math.max(7, Math.min(w, h) * 0.2)));
  const labelSize = round(codeSize * 0.85);
  const pad = 3;
  const parts = [
    `<title>${escapeXml([booth.code, label].filter(Boolean).join(' — '))}</title>`,
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${fill}" stroke="#444" stroke-width="1"/>`,
  ];
  if (booth.blocked) {
    parts.push(`<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="url(#hatch)"/>`);
  }
  if (booth.corner) {
    const s = round(Math.min(w, h) * 0.18);
    parts.push(`<path d="M${x} ${y}h${s}l-${s} ${s}z" fill="#333"/>`);
  }
  const cx = round(x + w / 2);
  parts.push(
    `<text x="${cx}" y="${round(y + pad + codeSize)}" font-size="${codeSize}" font-weight="bold" text-anchor="middle">${escapeXml(booth.code)}</text>`,
  );
  if (label) {
    const maxChars = Math.floor((w - 2 * pad) / (labelSize * CHAR_WIDTH));
    const maxLines = Math.min(3, Math.floor((h - 2 * pad - codeSize * 1.3) / (labelSize * 1.2)));
    fitLines(label, maxChars, maxLines).forEach((line, i) => {
      const ly = round(y + pad + codeSize * 1.3 + (i + 1) * labelSize * 1.2);
      parts.push(
        `<text x="${cx}" y="${ly}" font-size="${labelSize}" text-anchor="middle">${escapeXml(line)}</text>`,
      );
    });
  }
  return `<g class="booth${booth.blocked ? ' blocked' : ''}">${parts.join('')}</g>`;
}
