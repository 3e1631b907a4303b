import type { AssignmentExplanation, ReasonParams, UnassignedCode } from '../engine';

/** What a draft shows of an application besides its request (kept with the run). */
export interface ApplicantInfo {
  producerId: string;
  producerName: string;
  craftVillage: string | null;
  reference: string;
}

/** One request's booths in a draft. Booths are plan codes, as in the run's instance. */
export interface DraftAssignment {
  request: string;
  booths: string[];
  explanation: AssignmentExplanation;
  /** Placed or moved by an organiser's hand in this draft. */
  manual: boolean;
  /** Placed with the organiser's override: types, zone and connection were not checked. */
  override: boolean;
}

export interface DraftUnassigned {
  request: string;
  /** English (the engine's own sentence). */
  reason: string;
  /** Absent in drafts stored before reasons had codes. */
  code?: UnassignedCode;
  params?: ReasonParams;
  /** Taken out by an organiser's hand. */
  manual: boolean;
}

/** The run's result as organisers edit it; `score` follows every edit (ALLOCATION.md). */
export interface Draft {
  assignments: DraftAssignment[];
  unassigned: DraftUnassigned[];
  score: number;
  edits: number;
}

export interface RunSummary {
  requests: number;
  booths: number;
  assigned: number;
  unassigned: number;
  pinned: number;
  score: number;
  millis: number;
}
