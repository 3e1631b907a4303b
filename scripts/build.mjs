// `npm run build`: the api (tsc, then path aliases rewritten) and the web app (type check, then
// vite) do not depend on each other, so they build side by side: each is mostly one core of
// TypeScript's checker, and two of them take half the wall time on the 2-core machines we run on.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });

const run = (script) =>
  new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });

const codes = await Promise.all([run('build:api'), run('build:web')]);
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
