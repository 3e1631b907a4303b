import { execFileSync } from 'node:child_process';
import { userInfo } from 'node:os';
import { EmbeddedServiceError } from './embedded-service.error';

export interface RunAs {
  uid: number;
  gid: number;
}

function lookup(user: string): RunAs | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}

/**
 * PostgreSQL refuses to run as root. As root we run it as the unprivileged `postgres`
 * user, creating that system user when the machine has none.
 */
export function unprivilegedUserForPostgres(): RunAs | undefined {
  if (userInfo().uid !== 0) return undefined;
  const existing = lookup('postgres');
  if (existing) return existing;
  try {
    execFileSync('useradd', [
      '--system',
      '--user-group',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      'postgres',
    ]);
  } catch (error) {
    throw new EmbeddedServiceError(
      `cannot create the unprivileged postgres user PostgreSQL needs when run as root: ${(error as Error).message}`,
    );
  }
  const created = lookup('postgres');
  if (!created) throw new EmbeddedServiceError('created the postgres user but cannot look it up');
  return created;
}
