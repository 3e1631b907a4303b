import { execFile } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { checkResult } from '../engine/testing/check-result';
import { instance, req, row } from '../engine/testing/fixtures';
import { main, type CliIo } from './allocate';

const ROOT = resolve(__dirname, '../../../..');
const small = instance(row('gom-su', 'A', 3), [
  req('app-1', { size: 2, priority: 3, zones: ['gom-su'] }),
  req('app-2', { priority: 2, near: ['app-1'] }),
  req('app-3', { size: 2 }),
]);
const asymmetric = {
  booths: [
    { id: 'A-01', zone: 'gom-su', type: 'standard', neighbours: ['A-02'] },
    { id: 'A-02', zone: 'gom-su', type: 'standard', neighbours: [] },
  ],
  requests: [],
};

/** `npm run --silent allocate -- <file>`, as an organiser would type it. */
function runNpm(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      'npm',
      ['run', '--silent', 'allocate', '--', file],
      { cwd: ROOT, timeout: 60_000 },
      (error, stdout, stderr) =>
        done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function runInProcess(args: string[], files: Record<string, string> = {}, stdin?: string) {
  let stdout = '';
  const stderr: string[] = [];
  const io: CliIo = {
    readFile: (path) => {
      if (path === 0 && stdin !== undefined) return stdin;
      const content = files[String(path)];
      if (content === undefined)
        throw new Error(`ENOENT: no such file or directory, open '${String(path)}'`);
      return content;
    },
    out: (t) => (stdout += t),
    err: (l) => stderr.push(l),
  };
  return { code: main(args, io), stdout, stderr };
}

describe('allocate command line', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'alloc-cli-'));
    writeFileSync(join(dir, 'small.json'), JSON.stringify(small));
    writeFileSync(join(dir, 'invalid.json'), JSON.stringify(asymmetric));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('spawned: writes a valid result for an instance file, and fails in one line for an invalid one', async () => {
    const [ok, bad] = await Promise.all([
      runNpm(join(dir, 'small.json')),
      runNpm(join(dir, 'invalid.json')),
    ]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const result = JSON.parse(ok.stdout);
    expect(checkResult(small, result)).toBe(result.score);
    expect(result.assignments.map((a: { request: string }) => a.request).sort()).toEqual([
      'app-1',
      'app-2',
    ]);

    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(
      /invalid instance: booth A-01 lists A-02 as a neighbour but A-02 does not list A-01/,
    );
  }, 60_000);

  it('reads standard input with -', () => {
    const run = runInProcess(['-'], {}, JSON.stringify(small));
    expect(run.code).toBe(0);
    expect(checkResult(small, JSON.parse(run.stdout))).toBeGreaterThan(0);
  });

  it('fails in one line on a missing file, bad JSON, or no argument', () => {
    const missing = runInProcess(['nope.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toEqual([expect.stringMatching(/^cannot read nope\.json: ENOENT/)]);
    const badJson = runInProcess(['x.json'], { 'x.json': '{"booths": [' });
    expect(badJson.code).toBe(1);
    expect(badJson.stderr).toEqual([expect.stringMatching(/^x\.json is not valid JSON/)]);
    const none = runInProcess([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toEqual([expect.stringMatching(/^usage:/)]);
    expect([missing, badJson, none].every((r) => r.stdout === '')).toBe(true);
  });

  it('names the request in an invalid-instance error', () => {
    const run = runInProcess(['i.json'], {
      'i.json': JSON.stringify(instance(row('z', 'A', 1), [req('r1', { near: ['ghost'] })])),
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual(['invalid instance: request r1: near lists unknown request ghost']);
  });
});
