import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * `npm run bench:accounts [-- <root of another build>]` (after `npm run build`): what one client
 * address gets through the anonymous account routes in a minute when it varies the email, and
 * how long a password reset takes for a known and for an unknown address. Figures are printed,
 * never asserted. Give the root of another checkout's build to measure it the same way.
 */
const ATTEMPTS = 60;
const TIMING_ROUNDS = 200;
const SIGN_UP_ROUNDS = 50;
const STRONG = 'gốm men lam ba trăm năm';
const DEMO_ORGANISER = 'bantochuc@congthuong.hanoi.local';

async function start(root: string, env: Record<string, string>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'hoicho-accounts-bench-'));
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/src/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((done, fail) => {
    let output = '';
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(?:API|Web app)\s+(http:\/\/\S+?)\/?\s/.exec(output);
      if (match) done(new URL(match[1]).origin);
    };
    child.stdout!.on('data', take);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`the api exited (${code}):\n${output}`)));
  });
  return {
    url,
    stop: () => stop(child).then(() => rmSync(dataDir, { recursive: true, force: true })),
  };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

const post = (url: string, body: unknown) =>
  fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: new URL(url).origin },
    body: JSON.stringify(body),
  });

/** How many of ATTEMPTS calls, each with a new email, were not refused with 429. */
async function through(url: string, body: (i: number) => unknown): Promise<string> {
  let passed = 0;
  const statuses = new Map<number, number>();
  for (let i = 0; i < ATTEMPTS; i++) {
    const answer = await post(url, body(i));
    await answer.arrayBuffer();
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    if (answer.status !== 429) passed++;
  }
  const detail = [...statuses].map(([status, n]) => `${n}×${status}`).join(', ');
  return `${passed} of ${ATTEMPTS} (${detail})`;
}

async function publicFair(base: string): Promise<string | undefined> {
  const answer = (await (await fetch(`${base}/api/v1/public/fairs`)).json()) as
    { id: string }[] | { items: { id: string }[] };
  return (Array.isArray(answer) ? answer : answer.items)[0]?.id;
}

async function floods(root: string): Promise<void> {
  const api = await start(root, {});
  try {
    const b = api.url;
    const email = (kind: string) => (i: number) => `${kind}${i}-${Date.now()}@example.vn`;
    const report = (what: string, figure: string) => process.stdout.write(`${what}: ${figure}\n`);
    const login = email('login');
    report(
      'logins',
      await through(`${b}/api/v1/auth/login`, (i) => ({ email: login(i), password: 'guess' })),
    );
    const signUp = email('signup');
    report(
      'sign-ups',
      await through(`${b}/api/v1/producers/sign-up`, (i) => ({
        email: signUp(i),
        password: STRONG,
        fullName: 'Kẻ Thử',
        producerName: 'HTX Thử',
      })),
    );
    const reset = email('reset');
    report(
      'resets',
      await through(`${b}/api/v1/auth/password-reset`, (i) => ({ email: reset(i) })),
    );
    report(
      'email confirmations',
      await through(`${b}/api/v1/auth/verify-email`, (i) => ({
        token: `guessed-token-${i}-xxxxxxxxxxxx`,
      })),
    );
    const fairId = await publicFair(b);
    if (fairId) {
      const visitor = email('visitor');
      report(
        'public registrations',
        await through(`${b}/api/v1/public/fairs/${fairId}/registrations`, (i) => ({
          name: 'Khách Thử',
          email: visitor(i),
        })),
      );
    }
  } finally {
    await api.stop();
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function summarise(what: string, times: Record<string, number[]>): void {
  for (const [kind, list] of Object.entries(times)) {
    const sorted = [...list].sort((a, b) => a - b);
    const mean = list.reduce((a, b) => a + b, 0) / list.length;
    process.stdout.write(
      `${what}, ${kind} address: mean ${mean.toFixed(1)} ms, p50 ${percentile(sorted, 50).toFixed(1)} ms, p90 ${percentile(sorted, 90).toFixed(1)} ms (${list.length} calls)\n`,
    );
  }
}

async function timings(root: string): Promise<void> {
  const api = await start(root, {
    RATE_LIMIT_SIGNUP_PER_HOUR: '100000',
    RATE_LIMIT_RESET_PER_HOUR: '100000',
    RATE_LIMIT_MAILS_PER_ADDRESS_PER_DAY: '100000',
  });
  try {
    const url = `${api.url}/api/v1/auth/password-reset`;
    const times = { known: [] as number[], unknown: [] as number[] };
    for (let i = 0; i < TIMING_ROUNDS; i++) {
      for (const kind of (i % 2
        ? ['known', 'unknown']
        : ['unknown', 'known']) as (keyof typeof times)[]) {
        const started = process.hrtime.bigint();
        const answer = await post(url, {
          email: kind === 'known' ? DEMO_ORGANISER : `nobody${i}@example.vn`,
        });
        await answer.arrayBuffer();
        times[kind].push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }
    summarise('reset', times);
    const signUp = `${api.url}/api/v1/producers/sign-up`;
    const signUps = { taken: [] as number[], new: [] as number[] };
    for (let i = 0; i < SIGN_UP_ROUNDS; i++) {
      for (const kind of (i % 2
        ? ['taken', 'new']
        : ['new', 'taken']) as (keyof typeof signUps)[]) {
        const started = process.hrtime.bigint();
        const answer = await post(signUp, {
          email: kind === 'taken' ? DEMO_ORGANISER : `fresh${i}-${Date.now()}@example.vn`,
          password: STRONG,
          fullName: 'Người Đo',
          producerName: 'HTX Đo Thời Gian',
        });
        await answer.arrayBuffer();
        signUps[kind].push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }
    summarise('sign-up', signUps);
  } finally {
    await api.stop();
  }
}

async function main(): Promise<void> {
  const root = resolve(process.argv[2] ?? join(__dirname, '../../..'));
  process.stdout.write(
    `build: ${root}\n== one client address, ${ATTEMPTS} calls within a minute, a new email each\n`,
  );
  await floods(root);
  process.stdout.write(`== timings: known against unknown addresses, alternating\n`);
  await timings(root);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
