import { chmodSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * When root runs the platform, PostgreSQL runs as the unprivileged `postgres` user, which
 * must be able to walk down to the data folder wherever the clone lives (often under a 0700
 * home). Grant search permission only (o+x, no listing or reading) where it is missing.
 */
export function ensureTraversable(
  target: string,
  uid: number,
  gid: number,
  log: (line: string) => void,
): void {
  const chain: string[] = [];
  for (let dir = resolve(target); ; dir = dirname(dir)) {
    chain.unshift(dir);
    if (dirname(dir) === dir) break;
  }
  for (const dir of chain.slice(0, -1)) {
    const stat = statSync(dir);
    const canSearch =
      stat.uid === uid
        ? (stat.mode & 0o100) !== 0
        : stat.gid === gid
          ? (stat.mode & 0o010) !== 0
          : (stat.mode & 0o001) !== 0;
    if (!canSearch) {
      chmodSync(dir, stat.mode | 0o001);
      log(`granted search permission (o+x) on ${dir} so the postgres user can reach its data`);
    }
  }
}
