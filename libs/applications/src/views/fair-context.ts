import { BoothTypeDto, FairDto, PlanDto, ZoneDto } from '@hoicho/fairs';
import { CalendarDate, vietnamDateOf } from '@hoicho/platform/domain';

/** What the applications area reads of a fair's plan: its zones and booth types by id and code. */
export class PlanIndex {
  readonly typesById: Map<string, BoothTypeDto>;
  readonly typesByCode: Map<string, BoothTypeDto>;
  readonly zonesById: Map<string, ZoneDto>;
  readonly zonesByCode: Map<string, ZoneDto>;

  constructor(plan: Pick<PlanDto, 'zones' | 'boothTypes'>) {
    this.typesById = new Map(plan.boothTypes.map((t) => [t.id, t]));
    this.typesByCode = new Map(plan.boothTypes.map((t) => [t.code, t]));
    this.zonesById = new Map(plan.zones.map((z) => [z.id, z]));
    this.zonesByCode = new Map(plan.zones.map((z) => [z.code, z]));
  }

  /** Codes for stored ids; an id the plan lost (a type deleted) shows as itself. */
  typeCodes(ids: readonly string[]): string[] {
    return ids.map((id) => this.typesById.get(id)?.code ?? id);
  }

  zoneCodes(ids: readonly string[]): string[] {
    return ids.map((id) => this.zonesById.get(id)?.code ?? id);
  }
}

/** The fair's first day (OCOP certificates must be valid while on show); today if it has none. */
export function firstDayOf(fair: FairDto, now: Date): CalendarDate {
  return fair.days[0]?.date ?? vietnamDateOf(now);
}

export function withdrawalDeadlineOf(fair: FairDto): Date | null {
  return fair.withdrawalDeadline ? new Date(fair.withdrawalDeadline) : null;
}
