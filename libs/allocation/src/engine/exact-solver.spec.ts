import { solveExact } from './exact-solver';
import { buildModel } from './model';
import { scorePlacements } from './score';
import { bruteForceOptimum } from './testing/brute-force';
import { generateInstance } from './testing/generate-instance';
import { instance, req, row } from './testing/fixtures';
import { validateInstance } from './validate-instance';
import type { AllocationInstance } from './instance.types';

const modelOf = (inst: AllocationInstance) => buildModel(validateInstance(inst));

describe('solveExact', () => {
  it('matches brute force on tiny random instances', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const inst = generateInstance({
        seed,
        booths: 5 + (seed % 5),
        requests: 3 + (seed % 4),
        pinnedRate: 0.15,
      });
      const model = modelOf(inst);
      const exact = solveExact(model);
      expect(exact.optimal).toBe(true);
      expect({ seed, score: exact.score }).toEqual({ seed, score: bruteForceOptimum(inst) });
      expect(scorePlacements(model, exact.placements!)).toBe(exact.score);
    }
  });

  it('matches brute force with custom weights, including non-integral ones', () => {
    for (let seed = 1; seed <= 15; seed++) {
      const inst = {
        ...generateInstance({ seed, booths: 7, requests: 5, villageRate: 0.9 }),
        weights: { priorityBase: 1.5, base: 1, zone: [0.5, 0.25], corner: 0.75, near: 4 },
      };
      expect(solveExact(modelOf(inst)).score).toBeCloseTo(bruteForceOptimum(inst), 9);
    }
  });

  it('finds the known optimum of a hand-made instance', () => {
    const inst = instance(
      [...row('gom-su', 'A', 3), ...row('lua', 'B', 1)],
      [
        req('big', { size: 3, priority: 3, zones: ['gom-su'] }),
        req('small', { priority: 2, zones: ['gom-su', 'lua'], near: ['big'] }),
      ],
    );
    const exact = solveExact(modelOf(inst));
    expect(exact).toMatchObject({ optimal: true, score: 1300 + 120 });
  });

  it('counts the near bonus of a request whose every placement is worth 0', () => {
    const inst = instance(
      [...row('gom-su', 'A', 2, { corners: [true, false] }), ...row('lua', 'B', 1)],
      [
        req('app-1', { priority: 2, corner: true, zones: ['lua', 'gom-su'] }),
        req('app-2', { priority: 2, zones: ['gom-su'], near: ['app-1'] }),
      ],
      { base: 0, zone: [], corner: 7 },
    );
    expect(solveExact(modelOf(inst))).toMatchObject({ optimal: true, score: 75 });
    expect(solveExact(modelOf(inst), { lowerBound: 70 })).toMatchObject({
      optimal: true,
      score: 75,
    });
  });

  it('keeps pinned requests where pinned', () => {
    const inst = instance(row('gom-su', 'A', 3), [
      req('p', { pinned: ['A2'], priority: 1 }),
      req('q', { size: 2, priority: 5 }),
    ]);
    const exact = solveExact(modelOf(inst));
    expect(exact.score).toBe(10);
    expect(Array.from(exact.placements![0]!)).toEqual([1]);
    expect(exact.placements![1]).toBeNull();
  });

  it('reports a search cut short by the node limit as not optimal', () => {
    const inst = generateInstance({ seed: 4, booths: 30, requests: 24 });
    const exact = solveExact(modelOf(inst), { nodeLimit: 50 });
    expect(exact.optimal).toBe(false);
    expect(exact.nodes).toBeGreaterThan(50);
  });

  it('returns no placements when nothing beats the lower bound', () => {
    const inst = instance(row('gom-su', 'A', 1), [req('r')]);
    const exact = solveExact(modelOf(inst), { lowerBound: 10 });
    expect(exact).toMatchObject({ optimal: true, score: 10 });
    expect(exact.placements).toBeUndefined();
  });
});
