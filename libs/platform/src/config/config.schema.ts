import { z } from 'zod';
import { defaults } from '@hoicho/config/defaults';
import { QueueName } from '../queue/queue-name';

const bool = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0', 'yes', 'no'])])
  .transform((v) => v === true || v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number().int().min(min).max(max);
const url = (protocols: string[]) =>
  z
    .string()
    .url()
    .refine((v) => URL.canParse(v) && protocols.includes(new URL(v).protocol), {
      message: `must start with ${protocols.join(' or ')}//`,
    });

/** Every setting the platform reads; the environment overrides `config/defaults.ts`. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default(defaults.NODE_ENV),
  PORT: int(0, 65535).default(defaults.PORT),
  HOST: z.string().min(1).default(defaults.HOST),
  // Unset: links use the address the api listens on (fine on one machine, never in production).
  PUBLIC_URL: url(['http:', 'https:']).optional(),
  DATA_DIR: z.string().min(1).default(defaults.DATA_DIR),
  WEB_DIR: z.string().min(1).default(defaults.WEB_DIR),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default(defaults.LOG_LEVEL),
  DATABASE_URL: url(['postgres:', 'postgresql:']).optional(),
  REDIS_URL: url(['redis:', 'rediss:']).optional(),
  SMTP_URL: url(['smtp:', 'smtps:']).optional(),
  APP_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  MAIL_FROM: z.string().min(3).default(defaults.MAIL_FROM),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9:_{}-]+$/i)
    .default(defaults.QUEUE_PREFIX),
  RUN_WORKERS: bool.default(defaults.RUN_WORKERS),
  WORKER_QUEUES: z
    .string()
    .default(defaults.WORKER_QUEUES)
    .transform((v) =>
      v
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(QueueName)).min(1)),
  WORKER_NICE: int(0, 19).default(defaults.WORKER_NICE),
  SEED_DEMO: bool.default(defaults.SEED_DEMO),
  MAIL_CONCURRENCY: int(1, 500).default(defaults.MAIL_CONCURRENCY),
  MAIL_RATE_LIMIT_PER_SECOND: int(0).default(defaults.MAIL_RATE_LIMIT_PER_SECOND),
  MAIL_BATCH_SIZE: int(1, 500).default(defaults.MAIL_BATCH_SIZE),
  MAIL_MAX_ATTEMPTS: int(1, 50).default(defaults.MAIL_MAX_ATTEMPTS),
  MAIL_BACKOFF_MS: int(10).default(defaults.MAIL_BACKOFF_MS),
  MAIL_LEASE_MS: int(1000).default(defaults.MAIL_LEASE_MS),
  OUTBOX_SWEEP_INTERVAL_MS: int(100).default(defaults.OUTBOX_SWEEP_INTERVAL_MS),
  OUTBOX_GRACE_MS: int(0).default(defaults.OUTBOX_GRACE_MS),
  SMTP_POOL_SIZE: int(1, 100).default(defaults.SMTP_POOL_SIZE),
  SMTP_TIMEOUT_MS: int(100).default(defaults.SMTP_TIMEOUT_MS),
  SESSION_TTL_HOURS: int(1).default(defaults.SESSION_TTL_HOURS),
  // log2 of scrypt's N for new password hashes; below the default only in tests (load-config).
  PASSWORD_HASH_COST: int(10, 20).default(defaults.PASSWORD_HASH_COST),
  // Express's "trust proxy": hops (a number) or addresses/subnets of the load balancers.
  TRUST_PROXY: z
    .string()
    .regex(/^(\d{1,2}|[\w.:/, -]+)$/)
    .default(defaults.TRUST_PROXY),
  RATE_LIMIT_LOGIN_PER_MINUTE: int(1).default(defaults.RATE_LIMIT_LOGIN_PER_MINUTE),
  RATE_LIMIT_LOGIN_PER_ACCOUNT_PER_HOUR: int(1).default(
    defaults.RATE_LIMIT_LOGIN_PER_ACCOUNT_PER_HOUR,
  ),
  RATE_LIMIT_SIGNUP_PER_HOUR: int(1).default(defaults.RATE_LIMIT_SIGNUP_PER_HOUR),
  RATE_LIMIT_RESET_PER_HOUR: int(1).default(defaults.RATE_LIMIT_RESET_PER_HOUR),
  RATE_LIMIT_TOKEN_PER_MINUTE: int(1).default(defaults.RATE_LIMIT_TOKEN_PER_MINUTE),
  RATE_LIMIT_PUBLIC_PER_MINUTE: int(1).default(defaults.RATE_LIMIT_PUBLIC_PER_MINUTE),
  RATE_LIMIT_FORMS_PER_MINUTE: int(1).default(defaults.RATE_LIMIT_FORMS_PER_MINUTE),
  RATE_LIMIT_MAILS_PER_ADDRESS_PER_DAY: int(1).default(
    defaults.RATE_LIMIT_MAILS_PER_ADDRESS_PER_DAY,
  ),
  RATE_LIMIT_INQUIRIES_PER_PRODUCER_PER_DAY: int(1).default(
    defaults.RATE_LIMIT_INQUIRIES_PER_PRODUCER_PER_DAY,
  ),
  STORAGE_DIR: z.string().default(defaults.STORAGE_DIR),
});

export type RawConfig = z.infer<typeof configSchema>;
