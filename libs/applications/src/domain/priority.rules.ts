import { OcopRating, bestValidOcopStars } from '@hoicho/exhibitors/domain';
import { CalendarDate } from '@hoicho/platform/domain';

/**
 * Organiser-set points that turn an application into an allocation priority, 1 (lowest) to
 * 5 (highest), the scale the allocation engine uses. Points are whole numbers so scores
 * compare exactly against the thresholds.
 */
export interface PriorityRules {
  craftVillagePoints: number;
  /** Times the stars of the best unexpired OCOP rating among the exhibited products. */
  pointsPerOcopStar: number;
  firstParticipationPoints: number;
  /** Points for the earliest `percent`% of submissions (rounded up to whole applications). */
  earlySubmission?: { percent: number; points: number };
  /**
   * Minimum scores for priority 2, 3, 4 and 5, ascending. Fixed thresholds rather than
   * quantiles, so a producer's priority does not move when others apply.
   */
  thresholds: readonly [number, number, number, number];
}

export interface PriorityCandidate {
  id: string;
  submittedAt: Date;
  fromRecognisedCraftVillage: boolean;
  firstParticipation: boolean;
  exhibitedOcopRatings: readonly OcopRating[];
  /** Set by an organiser by hand; wins over the computed priority. */
  override?: number;
}

export interface PriorityResult {
  id: string;
  score: number;
  points: {
    craftVillage: number;
    ocop: number;
    firstParticipation: number;
    earlySubmission: number;
  };
  computedPriority: number;
  priority: number;
  overridden: boolean;
}

function requireWhole(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
  }
}

function checkRules(rules: PriorityRules): void {
  requireWhole('craftVillagePoints', rules.craftVillagePoints);
  requireWhole('pointsPerOcopStar', rules.pointsPerOcopStar);
  requireWhole('firstParticipationPoints', rules.firstParticipationPoints);
  if (rules.earlySubmission) {
    requireWhole('earlySubmission.points', rules.earlySubmission.points);
    const { percent } = rules.earlySubmission;
    if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
      throw new RangeError(`earlySubmission.percent must be 0–100, got ${percent}`);
    }
  }
  rules.thresholds.forEach((t, i) => {
    if (!Number.isFinite(t) || (i > 0 && t < rules.thresholds[i - 1])) {
      throw new RangeError('thresholds must be ascending numbers (minimum for priority 2…5)');
    }
  });
}

/** 1 below the first threshold, 5 at or above the last. */
export function scoreToPriority(score: number, thresholds: PriorityRules['thresholds']): number {
  return 1 + thresholds.filter((minimum) => score >= minimum).length;
}

/**
 * Scores a fair's applications together, since "earliest X%" depends on all of them. Ties in
 * submission time are broken by id so the result never depends on input order.
 */
export function computePriorities(
  candidates: readonly PriorityCandidate[],
  rules: PriorityRules,
  onDate: CalendarDate,
): PriorityResult[] {
  checkRules(rules);
  const early = new Set<string>();
  if (rules.earlySubmission) {
    const quota = Math.ceil((candidates.length * rules.earlySubmission.percent) / 100);
    [...candidates]
      .sort(
        (a, b) =>
          a.submittedAt.getTime() - b.submittedAt.getTime() ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      )
      .slice(0, quota)
      .forEach((c) => early.add(c.id));
  }
  return candidates.map((candidate) => {
    const { override } = candidate;
    if (override !== undefined && (!Number.isInteger(override) || override < 1 || override > 5)) {
      throw new RangeError(`priority override for ${candidate.id} must be 1–5, got ${override}`);
    }
    const points = {
      craftVillage: candidate.fromRecognisedCraftVillage ? rules.craftVillagePoints : 0,
      ocop: rules.pointsPerOcopStar * bestValidOcopStars(candidate.exhibitedOcopRatings, onDate),
      firstParticipation: candidate.firstParticipation ? rules.firstParticipationPoints : 0,
      earlySubmission: early.has(candidate.id) ? (rules.earlySubmission?.points ?? 0) : 0,
    };
    const score =
      points.craftVillage + points.ocop + points.firstParticipation + points.earlySubmission;
    const computedPriority = scoreToPriority(score, rules.thresholds);
    return {
      id: candidate.id,
      score,
      points,
      computedPriority,
      priority: override ?? computedPriority,
      overridden: override !== undefined,
    };
  });
}
