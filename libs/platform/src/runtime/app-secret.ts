import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../config/load-config';

/**
 * The key behind signed links (unsubscribe, form tokens). Production must set APP_SECRET;
 * a development machine gets one generated once and kept in the data folder, so links in
 * old emails keep working across restarts.
 */
export function resolveAppSecret(given: string | undefined, env: string, dataDir: string): string {
  if (given) return given;
  if (env === 'production')
    throw new ConfigError('APP_SECRET', 'required in production (at least 32 characters)');
  const file = join(dataDir, 'app-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
