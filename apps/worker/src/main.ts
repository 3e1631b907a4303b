import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { closeApp, ConfigError, lowerCpuPriority, startPlatform } from '@hoicho/platform';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  // A worker shares the api's services; a private embedded set would consume nobody's jobs.
  for (const setting of ['DATABASE_URL', 'REDIS_URL', 'SMTP_URL']) {
    if (!process.env[setting])
      throw new ConfigError(
        setting,
        'required for a separate worker (the embedded default runs workers inside the api: npm start)',
      );
  }
  const runtime = await startPlatform(process.env);
  const nice = lowerCpuPriority(runtime.config.workers.nice);
  const app = await NestFactory.createApplicationContext(WorkerModule.register(runtime), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  await app.init();
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    const closed = await closeApp(app);
    await runtime.stop();
    process.exit(closed ? 0 : 1);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  process.stdout.write(`Hội Chợ worker started (nice ${nice})\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    error instanceof ConfigError
      ? `${error.message}\n`
      : `${(error as Error)?.stack ?? String(error)}\n`,
  );
  process.exit(1);
});
