import { createHash } from 'node:crypto';
import { Request } from 'express';
import { AppConfig } from '../config/app-config';
import type { RateLimitBucket } from './rate-limit.decorator';

/** One counter of a bucket: what it is keyed on, over how long, and how many calls it allows. */
export interface RateLimitRule {
  name: string;
  seconds: number;
  points: (config: AppConfig) => number;
  /** The counter's key for this request; undefined when the request has no such target. */
  key: (request: Request) => string | undefined;
}

/** Redis keys never hold an address in clear. */
export const hashTarget = (value: string) =>
  createHash('sha256').update(value.trim().toLowerCase()).digest('base64url').slice(0, 22);

const byClient = (request: Request) => request.ip ?? request.socket.remoteAddress ?? 'unknown';
const byAccount = (request: Request) => {
  const email: unknown = (request.body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' && email.trim() ? hashTarget(email) : undefined;
};

/**
 * Every bucket counts per client address, whatever emails it varies. Login also counts per
 * account from anywhere (password guessing spread over many addresses); the mail that sign-up,
 * reset and the public forms send is capped per recipient by `MailQuota`.
 */
export const RATE_LIMIT_RULES: Record<RateLimitBucket, RateLimitRule[]> = {
  login: [
    { name: 'ip', seconds: 60, points: (c) => c.rateLimits.loginPerMinute, key: byClient },
    {
      name: 'account',
      seconds: 3600,
      points: (c) => c.rateLimits.loginPerAccountPerHour,
      key: byAccount,
    },
  ],
  signup: [{ name: 'ip', seconds: 3600, points: (c) => c.rateLimits.signupPerHour, key: byClient }],
  reset: [{ name: 'ip', seconds: 3600, points: (c) => c.rateLimits.resetPerHour, key: byClient }],
  token: [{ name: 'ip', seconds: 60, points: (c) => c.rateLimits.tokenPerMinute, key: byClient }],
  public: [{ name: 'ip', seconds: 60, points: (c) => c.rateLimits.publicPerMinute, key: byClient }],
  form: [{ name: 'ip', seconds: 60, points: (c) => c.rateLimits.formsPerMinute, key: byClient }],
};
