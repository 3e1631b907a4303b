import 'reflect-metadata';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import {
  closeApp,
  ConfigError,
  EmbeddedServiceError,
  listenUrl,
  startPlatform,
} from '@hoicho/platform';
import { createApiApp } from './create-app';
import { DemoSeeder } from './demo/demo.seeder';
import { printBanner } from './demo/banner';

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const runtime = await startPlatform(process.env, (line) =>
    process.stdout.write(`[embedded] ${line}\n`),
  );
  const app = await createApiApp(runtime);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    process.stdout.write(
      `${signal}: draining HTTP, letting workers finish their jobs, stopping services\n`,
    );
    const closed = await closeApp(app);
    // The private services stop whatever became of the rest: none is left running.
    await runtime.stop();
    process.exit(closed ? 0 : 1);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // Node closes an idle keep-alive socket after 5 s, so a client reusing it at that moment gets
  // ECONNRESET (a browser story's download failed so). Clients and proxies idle for less than a
  // minute; headers may take one second longer than the socket may idle.
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const logins = runtime.config.seedDemo ? await app.get(DemoSeeder).seed() : [];
  await app.listen(runtime.config.port, runtime.config.host);
  const listening = await app.getUrl();
  // With PORT=0 the port is known only now; links must carry the one we got.
  if (runtime.config.publicUrlFromListenAddress) {
    const { port } = new URL(listening);
    runtime.config.publicUrl = listenUrl(runtime.config.host, Number(port));
  }
  printBanner(runtime, listening, logins);
}

main().catch((error: unknown) => {
  // Config and embedded-service problems are one line a person can act on; the rest is a bug.
  const known = error instanceof ConfigError || error instanceof EmbeddedServiceError;
  process.stderr.write(
    known ? `${(error as Error).message}\n` : `${(error as Error)?.stack ?? String(error)}\n`,
  );
  process.exit(1);
});
