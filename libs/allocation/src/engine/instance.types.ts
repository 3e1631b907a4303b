import type { ReasonParams, UnassignedCode } from './reason-codes';
/**
 * The allocation contract's data shapes (see ALLOCATION.md): an instance in, a result out.
 * Input types describe what callers send; `NormalizedInstance` is what validation returns,
 * with every optional field filled in.
 */

export interface BoothInput {
  id: string;
  zone: string;
  type: string;
  corner?: boolean;
  neighbours: string[];
}

export interface RequestInput {
  id: string;
  /** Number of booths, ≥ 1. */
  size: number;
  /** Booth types the request accepts; non-empty. */
  types: string[];
  /** Accepted zones, most wanted first; empty or absent means any zone. */
  zones?: string[];
  corner?: boolean;
  /** 1 (lowest) to 5. */
  priority: number;
  /** Ids of requests this one wants to stand next to. */
  near?: string[];
  /** Booths fixed by an organiser; empty, or exactly `size` booth ids. */
  pinned?: string[];
}

export interface Weights {
  priorityBase: number;
  base: number;
  /** Bonus by zone choice: zone[0] for the first choice, and so on. */
  zone: number[];
  corner: number;
  near: number;
}

export interface AllocationInstance {
  booths: BoothInput[];
  requests: RequestInput[];
  weights?: Partial<Weights>;
}

export interface NormalizedBooth {
  id: string;
  zone: string;
  type: string;
  corner: boolean;
  neighbours: string[];
}

export interface NormalizedRequest {
  id: string;
  size: number;
  types: string[];
  zones: string[];
  corner: boolean;
  priority: number;
  near: string[];
  pinned: string[];
}

export interface NormalizedInstance {
  booths: NormalizedBooth[];
  requests: NormalizedRequest[];
  weights: Weights;
}

/** Which wishes an assignment met, for the organiser who must explain it. */
export interface AssignmentExplanation {
  zone: string;
  /** 1 for the first choice, 2 for the second...; null when the request named no zones or
   * (pinned only) the zone is not among its choices. */
  zoneChoice: number | null;
  corner: { wanted: boolean; got: boolean };
  /** Near-wishes met: requests standing next to this one. */
  nearMet: string[];
  /** Near-wishes not met (the other request is elsewhere or unassigned). */
  nearMissed: string[];
  pinned: boolean;
  text: string;
}

export interface Assignment {
  request: string;
  booths: string[];
  explanation?: AssignmentExplanation;
}

export interface Unassigned {
  request: string;
  /** English, for people reading the command line's result. */
  reason: string;
  /** The same, for programs: a stable code and what its wording names (reason-codes.ts). */
  code: UnassignedCode;
  params: ReasonParams;
}

export interface AllocationStats {
  millis: number;
  requests: number;
  booths: number;
}

export interface AllocationResult {
  assignments: Assignment[];
  unassigned: Unassigned[];
  score: number;
  stats: AllocationStats;
}
