import { toBoothTypeDto } from './booth-types.service';
import { PlanBoothDto } from './dto/booth.dto';
import { PlanDto } from './dto/plan.dto';
import { StoredPlan } from './plan-store.service';
import { toZoneDto } from './zones.service';

export function toPlanBooths(stored: StoredPlan): PlanBoothDto[] {
  const zoneCode = new Map(stored.zones.map((z) => [z.id, z.code]));
  const typeCode = new Map(stored.types.map((t) => [t.id, t.code]));
  const boothCode = new Map(stored.booths.map((b) => [b.id, b.code]));
  return stored.booths.map((b) => ({
    id: b.id,
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

export function toPlanDto(fairId: string, stored: StoredPlan): PlanDto {
  return {
    fairId,
    zones: stored.zones.map(toZoneDto),
    boothTypes: stored.types.map(toBoothTypeDto),
    booths: toPlanBooths(stored),
  };
}
