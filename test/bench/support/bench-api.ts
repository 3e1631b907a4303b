import { INestApplication } from '@nestjs/common';
import { parseEnvironment } from '@hoicho/platform/config/load-config';
import { buildAppConfig } from '@hoicho/platform/runtime/build-app-config';
import { createApiApp } from '../../../apps/api/src/create-app';

/**
 * The api in this process, as `npm start` builds it, on the services `env` names: a bench's
 * env must give DATABASE_URL, REDIS_URL, SMTP_URL and APP_SECRET (nothing embedded is started).
 */
export async function startBenchApi(env: Record<string, string>): Promise<INestApplication> {
  const raw = parseEnvironment(env);
  const config = buildAppConfig(raw, {
    databaseUrl: raw.DATABASE_URL!,
    redisUrl: raw.REDIS_URL!,
    smtpUrl: raw.SMTP_URL!,
    secret: raw.APP_SECRET!,
  });
  return createApiApp({ config, stop: async () => undefined });
}
