import { ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { lowerCpuPriority } from './lower-cpu-priority';

/** Field 19 of /proc/<pid>/task/<tid>/stat, for every thread of the process. */
function niceOfThreads(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).map((tid) =>
    Number(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ')[16]),
  );
}

/** A Node process started at `startNice` that runs `code`, prints its result and stays. */
async function nodeAt(startNice: number, code: string): Promise<[ChildProcess, string]> {
  const child = spawn('nice', [
    '-n',
    String(startNice),
    process.execPath,
    '-r',
    'ts-node/register/transpile-only',
    '-e',
    `process.stdout.write(String(${code})); setTimeout(() => undefined, 30_000)`,
  ]);
  const output = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`child exited (${code})`)));
  });
  return [child, output];
}

const lowerItself = (nice: number) =>
  `require(${JSON.stringify(require.resolve('./lower-cpu-priority'))}).lowerCpuPriority(${nice})`;

describe('lowerCpuPriority', () => {
  let child: ChildProcess | undefined;
  afterEach(() => child?.kill());

  // In a child: a process can never raise its priority back, so not in the test's own.
  it('lowers every thread of the process, helpers Node started before it included', async () => {
    let returned: string;
    [child, returned] = await nodeAt(0, lowerItself(7));
    expect(returned).toBe('7');
    expect(niceOfThreads(child.pid!).length).toBeGreaterThan(1);
    expect(new Set(niceOfThreads(child.pid!))).toEqual(new Set([7]));
  });

  it('never raises a priority the process was started with', async () => {
    let returned: string;
    [child, returned] = await nodeAt(12, lowerItself(5));
    expect(returned).toBe('12');
    expect(new Set(niceOfThreads(child.pid!))).toEqual(new Set([12]));
  });

  it('leaves the process alone at 0', async () => {
    let returned: string;
    [child, returned] = await nodeAt(0, lowerItself(0));
    expect(returned).toBe('0');
    expect(new Set(niceOfThreads(child.pid!))).toEqual(new Set([0]));
  });

  it('lowers another process of the same user', async () => {
    // Once it runs our code, Node has started all the helper threads it starts by itself.
    [child] = await nodeAt(0, '"ready"');
    expect(lowerCpuPriority(9, child.pid)).toBe(9);
    expect(new Set(niceOfThreads(child.pid!))).toEqual(new Set([9]));
  });
});
