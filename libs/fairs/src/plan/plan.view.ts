import { toBoothTypeDto } from './booth-types.service';
import { PlanBoothDto } from './dto/booth.dto';
import { PlanDto } from './dto/plan.dto';
import { StoredPlan, toDomainBooths } from './stored-plan';
import { toZoneDto } from './zones.service';

export function toPlanBooths(stored: StoredPlan): PlanBoothDto[] {
  const booths = toDomainBooths(stored);
  return stored.booths.map((b, i) => ({ id: b.id, ...booths[i] }));
}

export function toPlanDto(fairId: string, stored: StoredPlan): PlanDto {
  return {
    fairId,
    zones: stored.zones.map(toZoneDto),
    boothTypes: stored.types.map(toBoothTypeDto),
    booths: toPlanBooths(stored),
  };
}
