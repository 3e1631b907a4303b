import { allocate } from './allocate';
import { solveExact } from './exact-solver';
import { buildModel } from './model';
import { checkResult } from './testing/check-result';
import { generateInstance } from './testing/generate-instance';
import { validateInstance } from './validate-instance';

/** Seeded small fairs of varied shape: 10–22 booths, from half full to oversubscribed. */
const cases = Array.from({ length: 30 }, (_, i) => {
  const seed = 1000 + i;
  const booths = 10 + ((i * 7) % 13);
  const requests = Math.max(4, Math.round(booths * [0.5, 0.8, 1.1][i % 3]));
  return { seed, booths, requests };
});

describe('allocate against the exact optimum on small random fairs', () => {
  const ratios: { engine: number; heuristic: number }[] = [];

  it.each(cases)('seed $seed: $booths booths, $requests requests', ({ seed, booths, requests }) => {
    const inst = generateInstance({ seed, booths, requests });
    const engine = checkResult(inst, allocate(inst), { maximal: true });
    const heuristic = checkResult(inst, allocate(inst, { exact: false }), { maximal: true });
    const model = buildModel(validateInstance(inst));
    const exact = solveExact(model, {
      lowerBound: Math.max(engine, heuristic),
      nodeLimit: 3_000_000,
    });
    expect(exact.optimal).toBe(true);
    const optimum = exact.placements ? exact.score : Math.max(engine, heuristic);
    ratios.push({ engine: engine / optimum, heuristic: heuristic / optimum });
    expect(engine / optimum).toBeGreaterThanOrEqual(0.99);
    expect(heuristic / optimum).toBeGreaterThanOrEqual(0.97);
  });

  afterAll(() => {
    const avg = (k: 'engine' | 'heuristic') => ratios.reduce((s, r) => s + r[k], 0) / ratios.length;
    expect(ratios).toHaveLength(cases.length);
    expect(avg('engine')).toBeGreaterThanOrEqual(0.995);
    expect(avg('heuristic')).toBeGreaterThanOrEqual(0.99);
  });
});
