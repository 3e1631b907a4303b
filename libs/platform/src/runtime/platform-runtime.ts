import { join } from 'node:path';
import type { DestinationStream } from 'pino';
import { AppConfig } from '../config/app-config';
import { parseEnvironment } from '../config/load-config';
import { startEmbeddedPostgres } from '../embedded/embedded-postgres';
import { startEmbeddedRedis } from '../embedded/embedded-redis';
import { MailboxStore } from '../embedded/mailbox.store';
import { startSmtpCapture } from '../embedded/smtp-capture.server';
import { resolveAppSecret } from './app-secret';
import { buildAppConfig } from './build-app-config';

/** The configuration plus whatever private services the embedded default started. */
export interface PlatformRuntime {
  config: AppConfig;
  /** Present when mail goes to the built-in capture server (the dev mailbox). */
  mailbox?: MailboxStore;
  /** Where the JSON log goes; standard output when unset (a test reads it from here). */
  logDestination?: DestinationStream;
  stop(): Promise<void>;
}

/**
 * Validates the environment and starts a private PostgreSQL, redis-server and SMTP capture
 * server for each service left unconfigured. Stops what it started if a later one fails.
 */
export async function startPlatform(
  env: NodeJS.ProcessEnv,
  log: (line: string) => void = () => undefined,
): Promise<PlatformRuntime> {
  const raw = parseEnvironment(env);
  const dataDir = raw.DATA_DIR;
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const stopOne of stops.reverse()) await stopOne().catch(() => undefined);
  };
  try {
    const secret = resolveAppSecret(raw.APP_SECRET, raw.NODE_ENV, dataDir);
    let databaseUrl = raw.DATABASE_URL;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), log });
      stops.push(pg.stop);
      databaseUrl = pg.url;
    }
    let redisUrl = raw.REDIS_URL;
    if (!redisUrl) {
      const redis = await startEmbeddedRedis({ dataDir: join(dataDir, 'redis'), log });
      stops.push(redis.stop);
      redisUrl = redis.url;
    }
    let smtpUrl = raw.SMTP_URL;
    let mailbox: MailboxStore | undefined;
    if (!smtpUrl) {
      const smtp = await startSmtpCapture();
      stops.push(smtp.stop);
      smtpUrl = smtp.url;
      mailbox = smtp.mailbox;
    }
    return {
      config: buildAppConfig(raw, { databaseUrl, redisUrl, smtpUrl, secret }),
      mailbox,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
