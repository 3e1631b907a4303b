/** Light fills that keep dark labels at AA contrast; zones without a colour take these in turn. */
const PALETTE = ['#ffe8a3', '#c5f6fa', '#d3f9d8', '#ffd8e1', '#e5dbff', '#ffe3c4', '#dbe4ff'];

export function zoneFills(zones: readonly { code: string; colour: string | null }[]) {
  return new Map(zones.map((z, i) => [z.code, z.colour ?? PALETTE[i % PALETTE.length]]));
}

/** A steady light colour for a producer, from its id (the same producer, the same colour). */
export function producerFill(id: string): string {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) | 0;
  return `hsl(${Math.abs(hash) % 360} 70% 82%)`;
}
