/**
 * The booth plan of a fair. Lengths are metres on the hall's floor, origin at the top left,
 * y growing downwards (the way the plan is drawn). Codes are compared exactly; the import
 * parser upper-cases booth codes and matches zone and type codes case-insensitively.
 */
export interface Zone {
  code: string;
  name: string;
  /** Fill colour for drawings, "#rrggbb"; a palette colour is used when absent. */
  colour?: string;
}

export interface BoothType {
  code: string;
  name: string;
}

export interface Booth {
  /** Unique within the plan, e.g. "A-01". */
  code: string;
  zone: string;
  type: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Open on two sides; corner booths usually cost more and are asked for. */
  corner: boolean;
  /** Drawn but not for rent (a pillar, a fire exit, the organiser's desk). */
  blocked: boolean;
  /** Codes of booths sharing a wall; symmetric in a valid plan. */
  neighbours: string[];
}

export interface BoothPlan {
  zones: Zone[];
  boothTypes: BoothType[];
  booths: Booth[];
}

/** The zones and booth types a fair defines; booths refer to them by code. */
export type PlanReference = Pick<BoothPlan, 'zones' | 'boothTypes'>;
