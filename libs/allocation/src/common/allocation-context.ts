import { Injectable } from '@nestjs/common';
import { FairDto, FairsService, PlanBoothDto, PlanDto } from '@hoicho/fairs';
import { AuthUser, Language, Texts } from '@hoicho/platform';
import { fairNotAllocating } from '../allocation.errors';
import type { PlaceNames } from '../draft/place-names';

/** Where allocation work (runs, edits, pins, publication) may happen. */
export const ALLOCATING = ['allocating', 'published'] as const;
/** Booths free up and are offered to the waiting list until the fair is over. */
export const OFFERING = ['allocating', 'published', 'running'] as const;

/** A fair's plan indexed both ways: booth codes (what the engine and people use) and ids. */
export class PlanLookup {
  readonly byCode: Map<string, PlanBoothDto>;
  readonly byId: Map<string, PlanBoothDto>;
  readonly zoneNames: Map<string, Texts>;
  readonly typeNames: Map<string, Texts>;
  /** Đồng as digit strings, by type code. */
  readonly typePrices: Map<string, string>;

  constructor(readonly plan: PlanDto) {
    this.byCode = new Map(plan.booths.map((b) => [b.code, b]));
    this.byId = new Map(plan.booths.map((b) => [b.id, b]));
    this.zoneNames = new Map(
      plan.zones.map((z) => [z.code, { vi: z.nameVi, en: z.nameEn ?? z.nameVi }]),
    );
    this.typePrices = new Map(plan.boothTypes.map((t) => [t.code, t.price]));
    this.typeNames = new Map(
      plan.boothTypes.map((t) => [t.code, { vi: t.nameVi, en: t.nameEn ?? t.nameVi }]),
    );
  }

  /** Zone and booth-type names in one language, for reasons worded with names. */
  placeNames(language: Language): PlaceNames {
    const pick = (names: Map<string, Texts>) =>
      new Map([...names].map(([code, n]) => [code, n[language]]));
    return { zones: pick(this.zoneNames), types: pick(this.typeNames) };
  }

  codes(ids: readonly string[]): string[] {
    return ids.map((id) => this.byId.get(id)?.code ?? id);
  }

  ids(codes: readonly string[]): string[] {
    return codes.map((code) => {
      const booth = this.byCode.get(code);
      if (!booth) throw new Error(`booth ${code} is not in the plan`);
      return booth.id;
    });
  }
}

/**
 * Where every allocation use case starts (the one place allocation checks access): the fair,
 * scoped to the caller's body (404 otherwise), in a status that allows the work; and its plan.
 */
@Injectable()
export class AllocationContext {
  constructor(private readonly fairs: FairsService) {}

  /** The fair whatever its status (reading runs and assignments); 404 for another body's. */
  readable(user: AuthUser, fairId: string): Promise<FairDto> {
    return this.fairs.getFairForUser(user, fairId);
  }

  async fairFor(
    user: AuthUser,
    fairId: string,
    allowed: readonly string[] = ALLOCATING,
  ): Promise<FairDto> {
    const fair = await this.fairs.getFairForUser(user, fairId);
    if (!allowed.includes(fair.status)) throw fairNotAllocating(fair.status, allowed);
    return fair;
  }

  async plan(fairId: string): Promise<PlanLookup> {
    return new PlanLookup(await this.fairs.getPlan(fairId));
  }
}
