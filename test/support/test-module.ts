import { DynamicModule, ModuleMetadata, Type } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { PlatformModule, TransactionRunner } from '@hoicho/platform';
import { parseEnvironment } from '@hoicho/platform/config/load-config';
import {
  RunningSmtpCapture,
  startSmtpCapture,
} from '@hoicho/platform/embedded/smtp-capture.server';
import { buildAppConfig } from '@hoicho/platform/runtime/build-app-config';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, deleteRedisKeys, TestDatabase } from './test-app';

type Imports = NonNullable<ModuleMetadata['imports']>;

export interface TestModule {
  module: TestingModule;
  dataSource: DataSource;
  transactions: TransactionRunner;
  database: TestDatabase;
  smtp: RunningSmtpCapture;
  get<T>(type: Type<T>): T;
  close(): Promise<void>;
}

/**
 * The middle tier: the given library modules on the platform (database, Redis, config), on a
 * private clone of the migrated template, with no HTTP. Repository and service tests use it so
 * a rule change does not need the whole api.
 */
export async function createTestModule(
  imports: Imports,
  env: Record<string, string> = {},
): Promise<TestModule> {
  const database = await createTestDatabase();
  const smtp = await startSmtpCapture();
  const redisPrefix = `m${randomUUID().slice(0, 8)}`;
  const raw = parseEnvironment({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    REDIS_URL: process.env.TEST_REDIS_URL ?? '',
    SMTP_URL: smtp.url,
    APP_SECRET: 'test-secret-test-secret-test-secret-0123',
    QUEUE_PREFIX: redisPrefix,
    SEED_DEMO: 'false',
    RUN_WORKERS: 'false',
    PUBLIC_URL: 'https://hoicho.test',
    PASSWORD_HASH_COST: '10',
    ...env,
  });
  const config = buildAppConfig(raw, {
    databaseUrl: database.url,
    redisUrl: raw.REDIS_URL!,
    smtpUrl: raw.SMTP_URL!,
    secret: raw.APP_SECRET!,
  });
  const runtime = { config, mailbox: smtp.mailbox, stop: async () => undefined };
  const platform: DynamicModule = PlatformModule.forRoot(runtime, { http: false });
  const module = await Test.createTestingModule({ imports: [platform, ...imports] }).compile();
  await module.init();
  return {
    module,
    dataSource: module.get(DataSource),
    transactions: module.get(TransactionRunner),
    database,
    smtp,
    get: (type) => module.get(type),
    close: async () => {
      await module.close();
      await smtp.stop();
      await database.drop();
      await deleteRedisKeys(config.redis.url, redisPrefix);
    },
  };
}
