import { generateInstance } from '@hoicho/allocation/engine/testing/generate-instance';
import { buildModel } from '@hoicho/allocation/engine/model';
import { validateInstance } from '@hoicho/allocation/engine/validate-instance';
import { solveExact } from '@hoicho/allocation/engine/exact-solver';
import { solve } from '@hoicho/allocation/engine/allocate';
import { placementValue } from '@hoicho/allocation/engine/score';

const [seed, nb, nr] = process.argv.slice(2).map(Number);
const inst = generateInstance({ seed, booths: nb || 30, requests: nr || 24 });
const model = buildModel(validateInstance(inst));
const h = solve(model, { exact: false });
const ex = solveExact(model, { nodeLimit: 10_000_000 });
const id = (p: ArrayLike<number> | null) => (p ? Array.from(p).map((b) => inst.booths[b].id).join(',') : '-');
for (let r = 0; r < model.nR; r++) {
  const q = inst.requests[r];
  const a = h[r], b = ex.placements![r];
  const mark = id(a) === id(b) ? '' : '  <==';
  console.log(q.id.padEnd(7), `p${q.priority} s${q.size} ${q.types.join('/')} z=${(q.zones??[]).join('/')} c=${q.corner?1:0} near=${(q.near??[]).join('/')} pin=${(q.pinned??[]).join('/')}`.padEnd(80), id(a).padEnd(16), a ? placementValue(model, r, a) : 0, '|', id(b).padEnd(16), b ? placementValue(model, r, b) : 0, mark);
}
for (const b of inst.booths) process.stdout.write(`${b.id}:${b.zone[0]}${b.type[0]}${b.corner?'c':''} `);
console.log();
