/** A producer exhibiting at a fair, and the codes of its booths there (none before allocation). */
export interface FairExhibitor {
  producerId: string;
  /** Sorted, each once. */
  boothCodes: string[];
}

/**
 * Where the public catalogue learns who exhibits at a fair besides its own showcase samples:
 * producers with an approved application, and whoever the published booth assignments name,
 * with their booth codes. Those facts belong to applications and allocation, which sit beside
 * and above this library, so it states what it needs here and the application binds it to
 * allocation's implementation (`ShowcasesModule.register`).
 */
export interface FairExhibitorSource {
  exhibitorsOf(fairId: string): Promise<FairExhibitor[]>;
}

export const FAIR_EXHIBITOR_SOURCE = Symbol('FAIR_EXHIBITOR_SOURCE');
