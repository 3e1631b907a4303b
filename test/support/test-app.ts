import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { IncomingMessage, Server } from 'node:http';
import IORedis from 'ioredis';
import request from 'supertest';
import { App } from 'supertest/types';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/create-app';
import { UsersService } from '@hoicho/accounts';
import { MailboxStore, Role, TransactionRunner } from '@hoicho/platform';
import { parseEnvironment } from '@hoicho/platform/config/load-config';
import {
  RunningSmtpCapture,
  startSmtpCapture,
} from '@hoicho/platform/embedded/smtp-capture.server';
import { buildAppConfig } from '@hoicho/platform/runtime/build-app-config';
import { ClonedDatabase, cloneTemplate } from './test-services';

export type TestDatabase = ClonedDatabase;

const UNLIMITED: Record<string, string> = Object.fromEntries(
  [
    'RATE_LIMIT_LOGIN_PER_MINUTE',
    'RATE_LIMIT_LOGIN_PER_ACCOUNT_PER_HOUR',
    'RATE_LIMIT_SIGNUP_PER_HOUR',
    'RATE_LIMIT_RESET_PER_HOUR',
    'RATE_LIMIT_TOKEN_PER_MINUTE',
    'RATE_LIMIT_PUBLIC_PER_MINUTE',
    'RATE_LIMIT_FORMS_PER_MINUTE',
    'RATE_LIMIT_MAILS_PER_ADDRESS_PER_DAY',
    'RATE_LIMIT_INQUIRIES_PER_PRODUCER_PER_DAY',
  ].map((name) => [name, '1000000']),
);

/** A private database cloned from the migrated template: fast, isolated, dropped afterwards. */
export function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  if (!adminUrl)
    throw new Error('TEST_DATABASE_ADMIN_URL is not set: run through jest (global setup)');
  return cloneTemplate(adminUrl, `hoicho_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`);
}

export interface TestApp {
  app: INestApplication;
  http: App;
  mailbox: MailboxStore;
  smtp: RunningSmtpCapture;
  database: TestDatabase;
  dataSource: DataSource;
  redisPrefix: string;
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * The whole api as `npm start` builds it, on its own database, Redis prefix and SMTP capture
 * server. `env` overrides settings the way environment variables would; `logDestination`
 * receives the JSON log (set LOG_LEVEL too, it is silent by default). Requests that name no
 * language ask for `acceptLanguage` (English unless told: the suites check English messages;
 * null sends none, to test the user's saved language and the Vietnamese default).
 */
export async function createTestApp(
  env: Record<string, string> = {},
  {
    logDestination,
    acceptLanguage = 'en',
  }: { logDestination?: DestinationStream; acceptLanguage?: string | null } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const smtp = await startSmtpCapture();
  const redisPrefix = `t${randomUUID().slice(0, 8)}`;
  const fullEnv: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    REDIS_URL: process.env.TEST_REDIS_URL ?? '',
    SMTP_URL: smtp.url,
    APP_SECRET: 'test-secret-test-secret-test-secret-0123',
    QUEUE_PREFIX: redisPrefix,
    SEED_DEMO: 'false',
    OUTBOX_SWEEP_INTERVAL_MS: '500',
    OUTBOX_GRACE_MS: '1000',
    MAIL_BACKOFF_MS: '200',
    PUBLIC_URL: 'https://hoicho.test',
    // Every test calls from 127.0.0.1 and signs many users in: the abuse limits are off unless
    // a test sets the one it is about (test/e2e/accounts/rate-limit.e2e.ts and others).
    ...UNLIMITED,
    ...env,
  };
  // Suites hash hundreds of passwords: 2 ms each instead of 100. Allowed only in tests, so a
  // test that runs the api as in production keeps the real cost.
  if (fullEnv.NODE_ENV === 'test') fullEnv.PASSWORD_HASH_COST ??= '10';
  const raw = parseEnvironment(fullEnv);
  const config = buildAppConfig(raw, {
    databaseUrl: database.url,
    redisUrl: raw.REDIS_URL!,
    smtpUrl: raw.SMTP_URL!,
    secret: raw.APP_SECRET!,
  });
  const app = await createApiApp(
    { config, mailbox: smtp.mailbox, logDestination, stop: async () => undefined },
    // Few files read /docs-json: the document is built on their first request.
    { lazyOpenApi: true },
  );
  const server: Server = app.getHttpServer();
  if (acceptLanguage)
    server.prependListener('request', (incoming: IncomingMessage) => {
      incoming.headers['accept-language'] ??= acceptLanguage;
    });
  return {
    app,
    http: server,
    mailbox: smtp.mailbox,
    smtp,
    database,
    dataSource: app.get(DataSource),
    redisPrefix,
    env: fullEnv,
    close: async () => {
      await app.close();
      await smtp.stop();
      await database.drop();
      await deleteRedisKeys(fullEnv.REDIS_URL, redisPrefix);
    },
  };
}

export async function deleteRedisKeys(url: string, prefix: string): Promise<void> {
  const redis = new IORedis(url);
  for (const pattern of [`${prefix}:*`, `{${prefix}}:*`]) {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  }
  await redis.quit();
}

export interface SignedIn {
  id: string;
  email: string;
  token: string;
  organisingBodyId: string | null;
  producerId: string | null;
}

/** Creates a verified account directly (bodies and producers too) and signs it in over HTTP. */
export async function createUser(
  t: TestApp,
  role: Role,
  scope: { organisingBodyId?: string; producerId?: string } = {},
  password = 'correct horse battery',
): Promise<SignedIn> {
  const email = `${role}-${randomUUID().slice(0, 8)}@example.vn`;
  const user = await t.app.get(TransactionRunner).run(({ manager }) =>
    t.app.get(UsersService).create(manager, {
      email,
      password,
      fullName: 'Người Thử',
      role,
      locale: 'vi',
      emailVerified: true,
      ...scope,
    }),
  );
  const login = await request(t.http)
    .post('/api/v1/auth/login')
    .send({ email, password })
    .expect(200);
  return {
    id: user.id,
    email,
    token: login.body.token,
    organisingBodyId: user.organisingBodyId,
    producerId: user.producerId,
  };
}

export async function createBody(
  t: TestApp,
  code = `body-${randomUUID().slice(0, 8)}`,
): Promise<string> {
  const [row] = await t.dataSource.query(
    `INSERT INTO organising_bodies (code, name_vi) VALUES ($1, $2) RETURNING id`,
    [code, `Ban tổ chức ${code}`],
  );
  return row.id;
}

export async function createProducer(t: TestApp, name = 'HTX Gốm Bát Tràng'): Promise<string> {
  const [row] = await t.dataSource.query(
    `INSERT INTO producers (legal_name_vi) VALUES ($1) RETURNING id`,
    [name],
  );
  return row.id;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Waits for the newest message to `email` at the capture server. */
export async function mailTo(t: TestApp, email: string, count = 1) {
  const address = email.toLowerCase();
  const all = await t.mailbox.waitFor(
    (messages) => messages.filter((m) => m.envelopeTo.includes(address)).length >= count,
  );
  return all.filter((m) => m.envelopeTo.includes(address)).at(-1)!;
}
