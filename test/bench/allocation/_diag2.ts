import { generateInstance } from '@hoicho/allocation/engine/testing/generate-instance';
import { buildModel } from '@hoicho/allocation/engine/model';
import { validateInstance } from '@hoicho/allocation/engine/validate-instance';
import { solveExact } from '@hoicho/allocation/engine/exact-solver';

const seed = Number(process.argv[2]);
const inst = generateInstance({ seed, booths: 30, requests: 24 });
for (const w of [{}, { near: 0 }, { near: 0, corner: 0 }, { near: 0, corner: 0, zone: [] }, { near: 0, corner: 0, zone: [], priorityBase: 1 }]) {
  const m2 = buildModel(validateInstance({ ...inst, weights: w }));
  const t = performance.now();
  const ex = solveExact(m2, { nodeLimit: 3_000_000 });
  console.log(JSON.stringify(w), ex.score, ex.optimal, ex.nodes, (performance.now() - t).toFixed(0));
}
