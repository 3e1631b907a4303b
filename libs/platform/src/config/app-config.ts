import { QueueName } from '../queue/queue-name';
import { RawConfig } from './config.schema';

/** The validated configuration, with the service addresses resolved (embedded or given). */
export interface AppConfig {
  env: RawConfig['NODE_ENV'];
  port: number;
  host: string;
  /** The base of every link we mail and print. */
  publicUrl: string;
  /** True when PUBLIC_URL is unset and `publicUrl` follows the address the api listens on. */
  publicUrlFromListenAddress: boolean;
  dataDir: string;
  /** The built web app (`npm run build` writes it), served at `/`. */
  webDir: string;
  logLevel: RawConfig['LOG_LEVEL'];
  secret: string;
  database: { url: string; embedded: boolean };
  redis: { url: string; embedded: boolean; prefix: string };
  smtp: { url: string; embedded: boolean; poolSize: number; timeoutMs: number; from: string };
  workers: {
    runInProcess: boolean;
    /** The queues a worker (or an api with RUN_WORKERS) consumes; sweeps run in all. */
    queues: QueueName[];
    /**
     * CPU priority (nice, 0–19) a separate worker process lowers itself to, so that on a
     * machine it shares the api and PostgreSQL come first (0: it competes as an equal).
     */
    nice: number;
    mailConcurrency: number;
    mailRatePerSecond: number;
    /** Messages of one bulk recording per queue job (1 while a rate limit paces jobs). */
    mailBatchSize: number;
    mailMaxAttempts: number;
    mailBackoffMs: number;
    mailLeaseMs: number;
    sweepIntervalMs: number;
    sweepGraceMs: number;
  };
  auth: {
    sessionTtlHours: number;
    /** log2 of scrypt's N for new password hashes (existing hashes carry their own). */
    passwordHashCost: number;
  };
  /**
   * Which proxies' X-Forwarded-For names the client (false: none, the socket's address is the
   * client). Behind a load balancer the per-address limits need it, or every caller is one.
   */
  trustProxy: false | number | string;
  /** Per client address unless named otherwise (see rate-limit.rules.ts). */
  rateLimits: {
    loginPerMinute: number;
    loginPerAccountPerHour: number;
    signupPerHour: number;
    resetPerHour: number;
    /** Calls that present an emailed token (email confirmation, new password). */
    tokenPerMinute: number;
    publicPerMinute: number;
    /** Anonymous forms that send mail (public registration, buyer inquiries). */
    formsPerMinute: number;
    /** Mails anonymous forms may cause to one address a day. */
    mailsPerAddressPerDay: number;
    inquiriesPerProducerPerDay: number;
  };
  storageDir: string;
  seedDemo: boolean;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
