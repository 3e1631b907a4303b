import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

/** Starts a CPU profile of this process (the api: BENCH_API_PROFILE). */
export async function startProfile(): Promise<Session> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return session;
}

/** Stops it and writes it to `file`, for Chrome's DevTools or speedscope. */
export async function stopProfile(session: Session, file: string): Promise<void> {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
  session.disconnect();
  process.stdout.write(`  CPU profile of the api process during the fan-out: ${file}\n`);
}
