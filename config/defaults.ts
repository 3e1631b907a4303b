/**
 * Defaults for every setting. Environment variables override them; `.env.example` documents
 * each one. Services left unset (DATABASE_URL, REDIS_URL, SMTP_URL) run embedded.
 */
export const defaults = {
  NODE_ENV: 'development',
  PORT: 3000,
  HOST: '0.0.0.0',
  DATA_DIR: '.data',
  WEB_DIR: 'dist/web',
  LOG_LEVEL: 'info',
  MAIL_FROM: 'Hội Chợ <no-reply@hoicho.local>',
  QUEUE_PREFIX: 'hoicho',
  RUN_WORKERS: true,
  WORKER_QUEUES: 'mail,campaigns,imports,allocation',
  WORKER_NICE: 0,
  SEED_DEMO: true,
  MAIL_CONCURRENCY: 20,
  MAIL_RATE_LIMIT_PER_SECOND: 0,
  MAIL_BATCH_SIZE: 20,
  MAIL_MAX_ATTEMPTS: 6,
  MAIL_BACKOFF_MS: 2000,
  MAIL_LEASE_MS: 60000,
  OUTBOX_SWEEP_INTERVAL_MS: 15000,
  OUTBOX_GRACE_MS: 30000,
  SMTP_POOL_SIZE: 5,
  SMTP_TIMEOUT_MS: 15000,
  SESSION_TTL_HOURS: 24 * 14,
  RATE_LIMIT_LOGIN_PER_MINUTE: 10,
  RATE_LIMIT_SIGNUP_PER_HOUR: 20,
  RATE_LIMIT_RESET_PER_HOUR: 5,
  RATE_LIMIT_PUBLIC_PER_MINUTE: 30,
  STORAGE_DIR: '',
} as const;
