import { generateInstance } from '@hoicho/allocation/engine/testing/generate-instance';
import { buildModel } from '@hoicho/allocation/engine/model';
import { validateInstance } from '@hoicho/allocation/engine/validate-instance';
import { solveExact } from '@hoicho/allocation/engine/exact-solver';
const seed = Number(process.argv[2]);
const inst = generateInstance({ seed, booths: 30, requests: 24 });
const m2 = buildModel(validateInstance(inst));
const ex = solveExact(m2, { nodeLimit: 3_000_000 });
console.log(ex.score, ex.optimal, ex.nodes);
