import { register } from 'tsconfig-paths';
import { compilerOptions } from '../../tsconfig.json';

export default async function globalSetup(): Promise<void> {
  // Each project that needs the services names this setup; the first one starts them.
  if (process.env.TEST_DATABASE_ADMIN_URL) return;
  // Global setup runs outside jest's module registry, so its aliases come from tsconfig.
  register({ baseUrl: process.cwd(), paths: compilerOptions.paths });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startTestServices } = require('./test-services') as typeof import('./test-services');
  const services = await startTestServices(process.cwd());
  process.env.TEST_DATABASE_ADMIN_URL = services.adminUrl;
  process.env.TEST_REDIS_URL = services.redisUrl;
  process.env.TEST_TEMPLATE_DB = (await import('./test-services')).TEMPLATE_DB;
  (globalThis as { __hoichoServices?: typeof services }).__hoichoServices = services;
}
