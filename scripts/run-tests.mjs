// The README's test command after the build: every runner (jest: unit, integration and
// end-to-end; Vitest: the web app's client logic; Playwright: the web app in Chromium), each to
// the end even if an earlier one failed, then one line with the totals. Vitest runs beside
// jest (a few seconds of one core, while jest's global setup leaves the other idle) and its
// output is printed when jest is done; Playwright runs alone after them (its stories wait on
// the screen and must not share the cores with jest).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const out = '.data/test';
mkdirSync(out, { recursive: true });
const bin = (name) => `node_modules/.bin/${name}`;
const extra = process.argv.slice(2);

/** Runs a command to its end; `quiet` keeps its output to print later (`result.output`). */
async function run(name, command, args, readCounts, { quiet = false } = {}) {
  const started = Date.now();
  const chunks = [];
  const child = spawn(command, args, {
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: process.env,
  });
  if (quiet)
    for (const stream of [child.stdout, child.stderr]) stream.on('data', (c) => chunks.push(c));
  const status = await new Promise((resolve) => {
    child.on('error', () => resolve(null));
    child.on('close', (code) => resolve(code));
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  let counts;
  try {
    counts = readCounts();
  } catch {
    counts = undefined;
  }
  const line = counts
    ? `${name}: ${counts.passed} passed, ${counts.failed} failed (${seconds} s)`
    : `${name}: did not report (exit ${status}, ${seconds} s)`;
  return {
    name,
    line,
    counts,
    ok: status === 0 && counts !== undefined,
    output: Buffer.concat(chunks).toString(),
  };
}

const jestFile = `${out}/jest.json`;
// Vitest resolves its output file against the web app's root, so it is given an absolute path.
const vitestFile = resolve(`${out}/vitest.json`);
const playwrightFile = `${out}/playwright.json`;
for (const file of [jestFile, vitestFile, playwrightFile]) rmSync(file, { force: true });

const vitest = run(
  'vitest',
  bin('vitest'),
  [
    'run',
    '--config',
    'apps/web/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${vitestFile}`,
  ],
  () => {
    const report = JSON.parse(readFileSync(vitestFile, 'utf8'));
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests + report.numPendingTests + report.numTodoTests,
    };
  },
  { quiet: true },
);
const jest = await run(
  'jest',
  bin('jest'),
  ['--json', `--outputFile=${jestFile}`, ...extra],
  () => {
    const report = JSON.parse(readFileSync(jestFile, 'utf8'));
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests + report.numPendingTests,
    };
  },
);
const web = await vitest;
process.stdout.write(web.output);
const playwright = await run('playwright', bin('playwright'), ['test'], () => {
  if (!existsSync(playwrightFile)) throw new Error('no report');
  const { stats } = JSON.parse(readFileSync(playwrightFile, 'utf8'));
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky + stats.skipped };
});
const results = [jest, web, playwright];

const passed = results.reduce((sum, r) => sum + (r.counts?.passed ?? 0), 0);
const failed = results.reduce((sum, r) => sum + (r.counts?.failed ?? 0), 0);
console.log('');
for (const r of results) console.log(r.line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) && failed === 0 ? 0 : 1);
