import { generateInstance } from '@hoicho/allocation/engine/testing/generate-instance';
import { buildModel } from '@hoicho/allocation/engine/model';
import { validateInstance } from '@hoicho/allocation/engine/validate-instance';
import { solveExact } from '@hoicho/allocation/engine/exact-solver';
import { solve } from '@hoicho/allocation/engine/allocate';
import { scorePlacements } from '@hoicho/allocation/engine/score';

const [booths, reqs, seeds] = process.argv.slice(2).map(Number);
let sum = 0, cnt = 0, worst = 1;
for (let seed = 1; seed <= seeds; seed++) {
  const inst = generateInstance({ seed, booths, requests: reqs });
  const model = buildModel(validateInstance(inst));
  let t = performance.now();
  const h = solve(model, { exact: false });
  const hs = scorePlacements(model, h);
  const th = performance.now() - t;
  t = performance.now();
  const ex = solveExact(model, { nodeLimit: 5_000_000, lowerBound: process.env.LB ? hs - 1e-6 : undefined });
  const te = performance.now() - t;
  const ratio = hs / ex.score;
  sum += ratio; cnt++; worst = Math.min(worst, ratio);
  console.log(seed, 'heur', hs, th.toFixed(0) + 'ms', 'exact', ex.score, ex.optimal, ex.nodes, te.toFixed(0) + 'ms', 'ratio', ratio.toFixed(4));
}
console.log('avg', (sum / cnt).toFixed(4), 'worst', worst.toFixed(4));
