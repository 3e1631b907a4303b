import { defaults } from '@hoicho/config/defaults';
import { configSchema, RawConfig } from './config.schema';

export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    detail: string,
  ) {
    super(`Invalid setting ${setting}: ${detail}`);
  }
}

/** Validates the environment; the first bad setting is reported by name. */
export function parseEnvironment(env: NodeJS.ProcessEnv): RawConfig {
  const relevant = Object.fromEntries(
    Object.keys(configSchema.shape).flatMap((key) => {
      const value = env[key];
      return value === undefined || value === '' ? [] : [[key, value]];
    }),
  );
  const parsed = configSchema.safeParse(relevant);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const setting = String(issue.path[0] ?? 'environment');
    const got = relevant[setting] === undefined ? '' : ` (got "${relevant[setting]}")`;
    throw new ConfigError(setting, `${issue.message}${got}`);
  }
  if (parsed.data.NODE_ENV === 'production' && !parsed.data.PUBLIC_URL) {
    throw new ConfigError(
      'PUBLIC_URL',
      'is required in production (the base of every link we mail)',
    );
  }
  // Without it mail would go to the built-in capture server, whose page shows every reset link.
  if (parsed.data.NODE_ENV === 'production' && !parsed.data.SMTP_URL) {
    throw new ConfigError(
      'SMTP_URL',
      'is required in production (a real relay; the dev mailbox is never served there)',
    );
  }
  // Test suites hash hundreds of passwords; a cheaper hash is never acceptable for real users.
  if (
    parsed.data.NODE_ENV !== 'test' &&
    parsed.data.PASSWORD_HASH_COST < defaults.PASSWORD_HASH_COST
  ) {
    throw new ConfigError(
      'PASSWORD_HASH_COST',
      `may be below ${defaults.PASSWORD_HASH_COST} only in tests (NODE_ENV=test)`,
    );
  }
  return parsed.data;
}
