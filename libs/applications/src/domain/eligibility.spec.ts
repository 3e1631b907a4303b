import { checkEligibility, EligibilityRules, ProducerFacts } from './eligibility';

const ocopProgramme: EligibilityRules = {
  requireRecognisedCraftVillage: true,
  minOcopStars: 3,
  allowedLegalForms: ['cooperative', 'cooperative_group', 'household_business'],
};
const phuVinhCoop: ProducerFacts = {
  legalForm: 'cooperative',
  fromRecognisedCraftVillage: true,
  exhibitedOcopRatings: [{ stars: 4, expiresOn: '2026-05-10' }],
};
const fairOpens = '2025-10-08';

describe('checkEligibility', () => {
  it('accepts a producer meeting every condition', () => {
    expect(checkEligibility(ocopProgramme, phuVinhCoop, fairOpens)).toEqual({
      eligible: true,
      unmet: [],
    });
  });

  it('lists every unmet condition at once', () => {
    const result = checkEligibility(
      ocopProgramme,
      { legalForm: 'enterprise', fromRecognisedCraftVillage: false, exhibitedOcopRatings: [] },
      fairOpens,
    );
    expect(result.eligible).toBe(false);
    expect(result.unmet.map((u) => u.code)).toEqual([
      'legal_form_not_allowed',
      'not_recognised_craft_village',
      'ocop_missing',
    ]);
  });

  it('tells an expired certificate apart from a missing rating', () => {
    const expired = {
      ...phuVinhCoop,
      exhibitedOcopRatings: [
        { stars: 3, expiresOn: '2025-03-01' },
        { stars: 5, expiresOn: '2025-10-07' },
        { stars: 2, expiresOn: '2027-01-01' },
      ],
    };
    expect(checkEligibility(ocopProgramme, expired, fairOpens).unmet).toEqual([
      { code: 'ocop_expired', message: 'The OCOP certificate of 3+ stars expired on 07/10/2025' },
    ]);
    // Valid on its expiry day.
    expect(checkEligibility(ocopProgramme, expired, '2025-10-07').eligible).toBe(true);
    const tooFewStars = {
      ...phuVinhCoop,
      exhibitedOcopRatings: [{ stars: 2, expiresOn: '2027-01-01' }],
    };
    expect(checkEligibility(ocopProgramme, tooFewStars, fairOpens).unmet[0].code).toBe(
      'ocop_missing',
    );
  });

  it('checks only the conditions a programme sets', () => {
    const open: EligibilityRules = { requireRecognisedCraftVillage: false };
    const anyone: ProducerFacts = {
      legalForm: 'enterprise',
      fromRecognisedCraftVillage: false,
      exhibitedOcopRatings: [],
    };
    expect(checkEligibility(open, anyone, fairOpens).eligible).toBe(true);
    expect(checkEligibility({ ...open, allowedLegalForms: [] }, anyone, fairOpens).eligible).toBe(
      true,
    );
  });
});
