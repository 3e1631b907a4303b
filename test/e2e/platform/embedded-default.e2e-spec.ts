import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@hoicho/platform/embedded/free-port';
import { isAlive } from '@hoicho/platform/embedded/stale-process';

// Starts the compiled api the way the README's first command does (npm test builds dist/
// before jest runs), with no service configured, so it runs everything embedded.
const MAIN = join(__dirname, '../../../dist/apps/api/src/main.js');

interface Running {
  child: ChildProcess;
  output: () => string;
  base: string;
}

async function start(dataDir: string): Promise<Running> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATA_DIR: dataDir,
    PORT: String(port),
    PUBLIC_URL: base,
    LOG_LEVEL: 'warn',
  };
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  // No deadline of its own: a first start initialises PostgreSQL and seeds the demo, which on a
  // loaded machine takes minutes; the test's timeout is the only clock.
  while (!output.includes('Hội Chợ is running')) {
    if (child.exitCode !== null) throw new Error(`api exited early:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, output: () => output, base };
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

function postgresPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

describe('the embedded default: npm start with nothing configured', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hoicho-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts, reports healthy, stops cleanly on SIGTERM, and keeps its data for the next start', async () => {
    const first = await start(dataDir);
    expect(first.output()).toContain('Dev mailbox');
    expect(first.output()).toContain('htx@phuvinh.local / hoicho-demo-2026');
    const health = await fetch(`${first.base}/health`).then((r) => r.json());
    expect(health).toMatchObject({
      status: 'ok',
      checks: {
        postgres: { status: 'up', embedded: true },
        redis: { status: 'up', embedded: true },
        smtp: { status: 'up', embedded: true },
      },
    });
    const docs = (await fetch(`${first.base}/docs-json`).then((r) => r.json())) as {
      paths: object;
    };
    expect(Object.keys(docs.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/health']),
    );

    const signUp = await fetch(`${first.base}/api/v1/producers/sign-up`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: 'gom@battrang.vn',
        password: 'gốm men lam ba trăm năm',
        fullName: 'Lê Văn Gốm',
        producerName: 'Gốm Bát Tràng',
      }),
    });
    expect(signUp.status).toBe(201);
    let caught: { subject: string }[] = [];
    for (let waited = 0; waited < 15_000 && !caught.length; waited += 200) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      caught = (await fetch(`${first.base}/dev/mailbox/messages?to=gom@battrang.vn`).then((r) =>
        r.json(),
      )) as { subject: string }[];
    }
    expect(caught.map((m) => m.subject)).toEqual(['Xác nhận địa chỉ email của bạn']);

    const pgPid = postgresPid(dataDir);
    first.child.kill('SIGTERM');
    expect(await exited(first.child)).toBe(0);
    expect(isAlive(pgPid)).toBe(false);

    const second = await start(dataDir);
    const again = await fetch(`${second.base}/api/v1/producers/sign-up`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: 'gom@battrang.vn',
        password: 'gốm men lam ba trăm năm',
        fullName: 'Lê Văn Gốm',
        producerName: 'Gốm Bát Tràng',
      }),
    });
    // The account survived the restart: signing up again answers as ever and tells its owner.
    expect(again.status).toBe(201);
    let told: { subject: string }[] = [];
    for (let waited = 0; waited < 15_000 && !told.length; waited += 200) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      told = (await fetch(`${second.base}/dev/mailbox/messages?to=gom@battrang.vn`).then((r) =>
        r.json(),
      )) as { subject: string }[];
    }
    expect(told.map((m) => m.subject)).toEqual(['Có người vừa đăng ký Hội Chợ bằng email của bạn']);
    const login = await fetch(`${second.base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: 'bantochuc@congthuong.hanoi.local',
        password: 'hoicho-demo-2026',
      }),
    });
    expect(login.status).toBe(200);

    // A crash leaves PostgreSQL and redis-server running; the next start must cope.
    const orphanPg = postgresPid(dataDir);
    second.child.kill('SIGKILL');
    await exited(second.child);
    expect(isAlive(orphanPg)).toBe(true);
    const third = await start(dataDir);
    expect(third.output()).toContain('stopped a PostgreSQL left running by an earlier run');
    expect((await fetch(`${third.base}/health`)).status).toBe(200);
    third.child.kill('SIGINT');
    expect(await exited(third.child)).toBe(0);
  }, 900_000);
});
