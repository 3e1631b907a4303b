import { LegalForm, OcopRating, isOcopValid } from '@hoicho/exhibitors/domain';
import { CalendarDate } from '@hoicho/platform/domain';

/** A support programme's conditions; all of those set must hold. */
export interface EligibilityRules {
  requireRecognisedCraftVillage: boolean;
  /** "OCOP ≥ N stars with an unexpired certificate"; absent means no OCOP condition. */
  minOcopStars?: number;
  /** Absent or empty means every legal form. */
  allowedLegalForms?: readonly LegalForm[];
}

export interface ProducerFacts {
  legalForm: LegalForm;
  fromRecognisedCraftVillage: boolean;
  /**
   * Ratings of the products this application exhibits, not of the producer's whole catalogue:
   * the programme pays to show OCOP products, so a rated product left at home does not count.
   */
  exhibitedOcopRatings: readonly OcopRating[];
}

export type UnmetCode =
  'legal_form_not_allowed' | 'not_recognised_craft_village' | 'ocop_missing' | 'ocop_expired';

export interface UnmetCondition {
  code: UnmetCode;
  message: string;
}

export interface EligibilityResult {
  eligible: boolean;
  unmet: UnmetCondition[];
}

/**
 * Checks a producer against a programme on a date, normally the fair's first day (a
 * certificate must still be valid while the products are on show). Lists every unmet condition
 * so the letter to the producer can say all of them at once.
 */
export function checkEligibility(
  rules: EligibilityRules,
  producer: ProducerFacts,
  onDate: CalendarDate,
): EligibilityResult {
  const unmet: UnmetCondition[] = [];
  const allowed = rules.allowedLegalForms ?? [];
  if (allowed.length > 0 && !allowed.includes(producer.legalForm)) {
    unmet.push({
      code: 'legal_form_not_allowed',
      message: `The programme is open to ${allowed.join(', ')}, not ${producer.legalForm}`,
    });
  }
  if (rules.requireRecognisedCraftVillage && !producer.fromRecognisedCraftVillage) {
    unmet.push({
      code: 'not_recognised_craft_village',
      message: 'The producer must belong to a recognised craft village',
    });
  }
  if (rules.minOcopStars !== undefined) {
    const minStars = rules.minOcopStars;
    const rated = producer.exhibitedOcopRatings.filter((r) => r.stars >= minStars);
    if (rated.length === 0) {
      unmet.push({
        code: 'ocop_missing',
        message: `At least one exhibited product needs an OCOP rating of ${minStars} stars or more`,
      });
    } else if (!rated.some((r) => isOcopValid(r, onDate))) {
      const lastExpiry = rated.map((r) => r.expiresOn).sort()[rated.length - 1];
      unmet.push({
        code: 'ocop_expired',
        message: `The OCOP certificate of ${minStars}+ stars expired on ${lastExpiry.split('-').reverse().join('/')}`,
      });
    }
  }
  return { eligible: unmet.length === 0, unmet };
}
