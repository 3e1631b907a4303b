import * as domain from '../domain';
import { BoothType } from './booth-type.entity';
import { Booth } from './booth.entity';
import { Zone } from './zone.entity';

/** A fair's plan as stored: rows, plus each booth's neighbours by id. */
export interface StoredPlan {
  zones: Zone[];
  types: BoothType[];
  booths: Booth[];
  neighbours: Map<string, string[]>;
}

/** The booths in the domain's terms (codes everywhere), in the stored order. */
export function toDomainBooths(stored: StoredPlan): domain.Booth[] {
  const zoneCode = new Map(stored.zones.map((z) => [z.id, z.code]));
  const typeCode = new Map(stored.types.map((t) => [t.id, t.code]));
  const boothCode = new Map(stored.booths.map((b) => [b.id, b.code]));
  return stored.booths.map((b) => ({
    code: b.code,
    zone: zoneCode.get(b.zoneId)!,
    type: typeCode.get(b.boothTypeId)!,
    x: b.x,
    y: b.y,
    width: b.width,
    height: b.height,
    corner: b.corner,
    blocked: b.blocked,
    neighbours: (stored.neighbours.get(b.id) ?? []).map((id) => boothCode.get(id)!).sort(),
  }));
}

/** The plan in the domain's terms, for validation and drawing. */
export function toDomainPlan(stored: StoredPlan): domain.BoothPlan {
  return {
    zones: stored.zones.map((z) => ({
      code: z.code,
      name: z.nameVi,
      colour: z.colour ?? undefined,
    })),
    boothTypes: stored.types.map((t) => ({ code: t.code, name: t.nameVi })),
    booths: toDomainBooths(stored),
  };
}
