import {
  computePriorities,
  PriorityCandidate,
  PriorityRules,
  scoreToPriority,
} from './priority.rules';

const rules: PriorityRules = {
  craftVillagePoints: 10,
  pointsPerOcopStar: 3,
  firstParticipationPoints: 5,
  earlySubmission: { percent: 25, points: 4 },
  thresholds: [5, 10, 15, 20],
};
const onDate = '2025-10-08';
const candidate = (id: string, minute: number, extra: Partial<PriorityCandidate> = {}) => ({
  id,
  submittedAt: new Date(Date.UTC(2025, 7, 1, 8, minute)),
  fromRecognisedCraftVillage: false,
  firstParticipation: false,
  exhibitedOcopRatings: [],
  ...extra,
});

describe('scoreToPriority', () => {
  it('maps scores onto 1 (lowest) to 5 (highest) with inclusive minimums', () => {
    expect(
      [0, 4, 5, 9, 10, 15, 19, 20, 99].map((s) => scoreToPriority(s, rules.thresholds)),
    ).toEqual([1, 1, 2, 2, 3, 4, 4, 5, 5]);
  });
});

describe('computePriorities', () => {
  it('adds up the points and explains them', () => {
    const [result] = computePriorities(
      [
        candidate('bat-trang', 0, {
          fromRecognisedCraftVillage: true,
          firstParticipation: true,
          exhibitedOcopRatings: [
            { stars: 5, expiresOn: '2024-12-31' }, // expired: does not count
            { stars: 4, expiresOn: '2027-01-01' },
          ],
        }),
      ],
      rules,
      onDate,
    );
    expect(result).toEqual({
      id: 'bat-trang',
      score: 31,
      points: { craftVillage: 10, ocop: 12, firstParticipation: 5, earlySubmission: 4 },
      computedPriority: 5,
      priority: 5,
      overridden: false,
    });
  });

  it('gives early points to the earliest X%, rounded up, ties broken by id', () => {
    const results = computePriorities(
      [
        candidate('e', 5),
        candidate('d', 1),
        candidate('c', 1),
        candidate('b', 9),
        candidate('a', 7),
      ],
      rules,
      onDate,
    );
    // 25% of 5 applications = 1.25 → 2 applications: c and d both at minute 1.
    expect(results.map((r) => [r.id, r.points.earlySubmission])).toEqual([
      ['e', 0],
      ['d', 4],
      ['c', 4],
      ['b', 0],
      ['a', 0],
    ]);
  });

  it('lets an organiser override the computed priority', () => {
    const [result] = computePriorities([candidate('x', 0, { override: 5 })], rules, onDate);
    expect(result).toMatchObject({ score: 4, computedPriority: 1, priority: 5, overridden: true });
    expect(() => computePriorities([candidate('x', 0, { override: 6 })], rules, onDate)).toThrow(
      RangeError,
    );
  });

  it('refuses rules that cannot be compared exactly or in order', () => {
    expect(() => computePriorities([], { ...rules, pointsPerOcopStar: 1.5 }, onDate)).toThrow(
      RangeError,
    );
    expect(() => computePriorities([], { ...rules, thresholds: [5, 4, 15, 20] }, onDate)).toThrow(
      RangeError,
    );
  });
});
