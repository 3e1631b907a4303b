/**
 * Allocation benchmark: `npm run bench:allocation`.
 *
 * Seeded fairs from 30 to 6,000 booths (see generate-instance.ts). Every result is checked
 * against the contract by the independent checker. Small fairs are also solved exactly
 * (branch and bound, started from the engine's score) to print the ratio score / optimum,
 * for the engine as shipped and for its heuristic alone (exact stage switched off). When the
 * exact search hits its node limit the ratio is against its upper bound, marked "≥". Larger
 * fairs get a ratio against an upper bound too (transport-bound.ts: connectivity relaxed), so
 * "≥" there is a guarantee, and the true ratio is higher.
 * `millis` is the engine's wall-clock time (stats.millis), `cpu ms` its CPU time, which is
 * what to look at on a busy machine.
 * Goals: ratio ≥ 0.99 on the small fairs, the 3,000-booth fair in under 5 s.
 */
import { allocate, buildModel, solveExact, validateInstance } from '@hoicho/allocation/engine';
import { checkResult } from '@hoicho/allocation/engine/testing/check-result';
import { generateInstance } from '@hoicho/allocation/engine/testing/generate-instance';
import { transportBound } from '@hoicho/allocation/engine/testing/transport-bound';

interface Size {
  name: string;
  booths: number;
  requests: number;
  seeds: number[];
  exact: boolean;
}

const SIZES: Size[] = [
  { name: 'XS', booths: 30, requests: 24, seeds: [1, 2, 3, 4, 5], exact: true },
  { name: 'S', booths: 40, requests: 32, seeds: [1, 2, 3], exact: true },
  { name: 'M', booths: 150, requests: 125, seeds: [1], exact: false },
  { name: 'L', booths: 600, requests: 500, seeds: [1], exact: false },
  { name: 'XL', booths: 1500, requests: 1250, seeds: [1], exact: false },
  { name: 'XXL', booths: 3000, requests: 2500, seeds: [1, 2], exact: false },
  { name: 'XXXL', booths: 6000, requests: 5000, seeds: [1], exact: false },
];

const EXACT_NODE_LIMIT = Number(process.env.EXACT_NODES ?? 2_000_000);

interface Row {
  size: string;
  seed: number;
  booths: number;
  requests: number;
  assigned: number;
  millis: number;
  cpuMillis: number;
  score: number;
  optimum?: string;
  ratio?: string;
  heuristicRatio?: string;
  exactMillis?: number;
}

function main(): void {
  const only = process.argv[2];
  const rows: Row[] = [];
  const ratios: number[] = [];
  for (const size of SIZES.filter((s) => !only || s.name === only)) {
    for (const seed of size.seeds) {
      const inst = generateInstance({ seed, booths: size.booths, requests: size.requests });
      const cpu = process.cpuUsage();
      const result = allocate(inst);
      const used = process.cpuUsage(cpu);
      checkResult(inst, result, { maximal: size.booths <= 600 });
      const row: Row = {
        size: size.name,
        seed,
        booths: size.booths,
        requests: size.requests,
        assigned: result.assignments.length,
        millis: result.stats.millis,
        cpuMillis: Math.round((used.user + used.system) / 1000),
        score: result.score,
      };
      if (size.exact) {
        const heuristic = allocate(inst, { exact: false });
        checkResult(inst, heuristic, { maximal: true });
        const started = performance.now();
        const best = Math.max(result.score, heuristic.score);
        const exact = solveExact(buildModel(validateInstance(inst)), {
          lowerBound: best,
          nodeLimit: EXACT_NODE_LIMIT,
        });
        row.exactMillis = Math.round(performance.now() - started);
        const optimum = exact.optimal ? Math.max(best, exact.score) : exact.upperBound;
        const mark = exact.optimal ? '' : '≥';
        row.optimum = exact.optimal ? String(optimum) : `≤${Math.floor(optimum)}`;
        row.ratio = mark + (result.score / optimum).toFixed(4);
        row.heuristicRatio = mark + (heuristic.score / optimum).toFixed(4);
        ratios.push(result.score / optimum);
      } else {
        const bound = transportBound(buildModel(validateInstance(inst)));
        row.optimum = `≤${Math.floor(bound)}`;
        row.ratio = '≥' + (result.score / bound).toFixed(4);
      }
      rows.push(row);
      print([row], rows.length === 1);
    }
  }
  if (ratios.length > 0) {
    const avg = ratios.reduce((a, b) => a + b, 0) / ratios.length;
    console.log(
      `\nsmall fairs: average ratio ${avg.toFixed(4)}, worst ${Math.min(...ratios).toFixed(4)}`,
    );
  }
}

const COLUMNS: [keyof Row, string, number][] = [
  ['size', 'size', 5],
  ['seed', 'seed', 4],
  ['booths', 'booths', 6],
  ['requests', 'requests', 8],
  ['assigned', 'assigned', 8],
  ['millis', 'millis', 6],
  ['cpuMillis', 'cpu ms', 6],
  ['score', 'score', 11],
  ['optimum', 'optimum', 11],
  ['ratio', 'ratio', 7],
  ['heuristicRatio', 'heur.ratio', 10],
  ['exactMillis', 'exact ms', 8],
];

function print(rows: Row[], header: boolean): void {
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(COLUMNS[i][2])).join('  ');
  if (header) {
    console.log(line(COLUMNS.map((c) => c[1])));
    console.log(line(COLUMNS.map((c) => '-'.repeat(c[2]))));
  }
  for (const r of rows)
    console.log(line(COLUMNS.map(([k]) => (r[k] === undefined ? '' : String(r[k])))));
}

main();
