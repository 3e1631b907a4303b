import { resolve } from 'node:path';
import { AppConfig } from '../config/app-config';
import { RawConfig } from '../config/config.schema';

export interface ResolvedServices {
  databaseUrl: string;
  redisUrl: string;
  smtpUrl: string;
  secret: string;
}

/** The address a person on this machine reaches the api at (a wildcard host is localhost). */
export function listenUrl(host: string, port: number): string {
  const wildcard = host === '0.0.0.0' || host === '::' || host === '[::]';
  const name = wildcard ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

export function buildAppConfig(raw: RawConfig, services: ResolvedServices): AppConfig {
  const dataDir = resolve(raw.DATA_DIR);
  return {
    env: raw.NODE_ENV,
    port: raw.PORT,
    host: raw.HOST,
    publicUrl: (raw.PUBLIC_URL ?? listenUrl(raw.HOST, raw.PORT)).replace(/\/$/, ''),
    publicUrlFromListenAddress: !raw.PUBLIC_URL,
    dataDir,
    webDir: resolve(raw.WEB_DIR),
    logLevel: raw.LOG_LEVEL,
    secret: services.secret,
    database: { url: services.databaseUrl, embedded: !raw.DATABASE_URL },
    redis: { url: services.redisUrl, embedded: !raw.REDIS_URL, prefix: raw.QUEUE_PREFIX },
    smtp: {
      url: services.smtpUrl,
      embedded: !raw.SMTP_URL,
      poolSize: raw.SMTP_POOL_SIZE,
      timeoutMs: raw.SMTP_TIMEOUT_MS,
      from: raw.MAIL_FROM,
    },
    workers: {
      runInProcess: raw.RUN_WORKERS,
      queues: raw.WORKER_QUEUES,
      nice: raw.WORKER_NICE,
      mailConcurrency: raw.MAIL_CONCURRENCY,
      mailRatePerSecond: raw.MAIL_RATE_LIMIT_PER_SECOND,
      // The limiter paces job starts, so paced mail travels one message to a job.
      mailBatchSize: raw.MAIL_RATE_LIMIT_PER_SECOND > 0 ? 1 : raw.MAIL_BATCH_SIZE,
      mailMaxAttempts: raw.MAIL_MAX_ATTEMPTS,
      mailBackoffMs: raw.MAIL_BACKOFF_MS,
      mailLeaseMs: raw.MAIL_LEASE_MS,
      sweepIntervalMs: raw.OUTBOX_SWEEP_INTERVAL_MS,
      sweepGraceMs: raw.OUTBOX_GRACE_MS,
    },
    auth: { sessionTtlHours: raw.SESSION_TTL_HOURS, passwordHashCost: raw.PASSWORD_HASH_COST },
    trustProxy: !raw.TRUST_PROXY
      ? false
      : /^\d+$/.test(raw.TRUST_PROXY)
        ? Number(raw.TRUST_PROXY)
        : raw.TRUST_PROXY,
    rateLimits: {
      loginPerMinute: raw.RATE_LIMIT_LOGIN_PER_MINUTE,
      loginPerAccountPerHour: raw.RATE_LIMIT_LOGIN_PER_ACCOUNT_PER_HOUR,
      signupPerHour: raw.RATE_LIMIT_SIGNUP_PER_HOUR,
      resetPerHour: raw.RATE_LIMIT_RESET_PER_HOUR,
      tokenPerMinute: raw.RATE_LIMIT_TOKEN_PER_MINUTE,
      publicPerMinute: raw.RATE_LIMIT_PUBLIC_PER_MINUTE,
      formsPerMinute: raw.RATE_LIMIT_FORMS_PER_MINUTE,
      mailsPerAddressPerDay: raw.RATE_LIMIT_MAILS_PER_ADDRESS_PER_DAY,
      inquiriesPerProducerPerDay: raw.RATE_LIMIT_INQUIRIES_PER_PRODUCER_PER_DAY,
    },
    storageDir: raw.STORAGE_DIR ? resolve(raw.STORAGE_DIR) : resolve(dataDir, 'storage'),
    seedDemo: raw.SEED_DEMO,
  };
}
