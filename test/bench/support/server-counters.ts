import IORedis from 'ioredis';
import { Client } from 'pg';

export interface ServerCounters {
  /** Transactions committed in the bench database. */
  commits: number;
  /** Connections opened to it: each costs a backend, authentication and cold caches. */
  sessions: number;
  /** Calls and time per Redis command (a Lua script counts once, as evalsha). */
  redis: Map<string, { calls: number; usec: number }>;
}

/** PostgreSQL commits and Redis command counts so far: round trips, read twice and subtracted. */
export async function serverCounters(urls: {
  database: string;
  redis: string;
}): Promise<ServerCounters> {
  const pg = new Client({ connectionString: urls.database });
  await pg.connect();
  const [{ commits, sessions }] = (
    await pg.query(
      `SELECT xact_commit::bigint AS commits, sessions::bigint AS sessions
         FROM pg_stat_database WHERE datname = current_database()`,
    )
  ).rows;
  await pg.end();
  const redis = new IORedis(urls.redis);
  const stats = await redis.info('commandstats');
  await redis.quit();
  const calls = new Map(
    [...stats.matchAll(/^cmdstat_([\w|]+):calls=(\d+),usec=(\d+)/gm)].map((m) => [
      m[1],
      { calls: Number(m[2]), usec: Number(m[3]) },
    ]),
  );
  return { commits: Number(commits), sessions: Number(sessions), redis: calls };
}

/** Per message between two readings: PostgreSQL commits, BullMQ's scripts, the costliest commands. */
export function perMessage(before: ServerCounters, after: ServerCounters, n: number): string {
  const delta = [...after.redis].map(([name, v]) => {
    const b = before.redis.get(name) ?? { calls: 0, usec: 0 };
    return { name, calls: (v.calls - b.calls) / n, usec: (v.usec - b.usec) / n };
  });
  const scripts = delta
    .filter((c) => c.name === 'evalsha' || c.name === 'eval')
    .reduce((sum, c) => sum + c.calls, 0);
  const top = delta
    .filter((c) => c.calls >= 0.05)
    .sort((a, b) => b.usec - a.usec)
    .slice(0, 5)
    .map((c) => `${c.name} ${c.calls.toFixed(2)}×/${c.usec.toFixed(0)} µs`)
    .join(', ');
  const sessions = after.sessions - before.sessions;
  return `${((after.commits - before.commits) / n).toFixed(2)} PostgreSQL transactions, ${scripts.toFixed(2)} BullMQ scripts; Redis: ${top || 'nothing'}; ${sessions} PostgreSQL connection(s) opened meanwhile`;
}
