import { generateInstance } from '@hoicho/allocation/engine/testing/generate-instance';
import { buildModel } from '@hoicho/allocation/engine/model';
import { validateInstance } from '@hoicho/allocation/engine/validate-instance';
import { solveExact } from '@hoicho/allocation/engine/exact-solver';

const seed = Number(process.argv[2]);
const inst = generateInstance({ seed, booths: 30, requests: 24 });
const model = buildModel(validateInstance(inst));
const byP = [0,0,0,0,0,0], sizeP=[0,0,0,0,0,0];
for (const r of inst.requests) { byP[r.priority]++; sizeP[r.priority]+=r.size; }
console.log('count by priority', byP.slice(1), 'booths demanded', sizeP.slice(1), 'pinned', inst.requests.filter(r=>r.pinned?.length).length, 'nearpairs', model.nearList.length/2);
for (const near of [5, 0]) {
  const inst2 = { ...inst, weights: { near } };
  const m2 = buildModel(validateInstance(inst2));
  const t = performance.now();
  const ex = solveExact(m2, { nodeLimit: 10_000_000 });
  console.log('near', near, ex.score, ex.optimal, ex.nodes, (performance.now() - t).toFixed(0));
}
