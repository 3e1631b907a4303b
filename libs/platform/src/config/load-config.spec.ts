import { buildAppConfig, listenUrl } from '../runtime/build-app-config';
import { ConfigError, parseEnvironment } from './load-config';

describe('configuration validation', () => {
  it('applies defaults when nothing is set', () => {
    const config = parseEnvironment({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.RUN_WORKERS).toBe(true);
    expect(config.WORKER_QUEUES).toEqual(['mail', 'campaigns', 'imports', 'allocation']);
    expect(config.MAIL_BATCH_SIZE).toBe(20);
    expect(config.WORKER_NICE).toBe(0);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['REDIS_URL', 'not a url'],
    ['SMTP_URL', 'http://mail'],
    ['LOG_LEVEL', 'loud'],
    ['RUN_WORKERS', 'maybe'],
    ['APP_SECRET', 'short'],
    ['MAIL_CONCURRENCY', '0'],
    ['WORKER_QUEUES', 'mail,sms'],
    ['MAIL_BATCH_SIZE', '0'],
    ['WORKER_NICE', '20'],
    ['WORKER_NICE', '-5'],
  ])('rejects %s=%s with one line naming the setting', (setting, value) => {
    let error: unknown;
    try {
      parseEnvironment({ [setting]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).setting).toBe(setting);
    expect((error as ConfigError).message).toMatch(
      new RegExp(
        `^Invalid setting ${setting}: .*\\(got "${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"\\)$`,
      ),
    );
    expect((error as ConfigError).message).not.toContain('\n');
  });

  it('reads the queues a worker consumes as a comma-separated list', () => {
    expect(parseEnvironment({ WORKER_QUEUES: ' mail , campaigns' }).WORKER_QUEUES).toEqual([
      'mail',
      'campaigns',
    ]);
  });

  it('allows a cheaper password hash only in tests', () => {
    expect(parseEnvironment({}).PASSWORD_HASH_COST).toBe(15);
    expect(
      parseEnvironment({ NODE_ENV: 'test', PASSWORD_HASH_COST: '10' }).PASSWORD_HASH_COST,
    ).toBe(10);
    for (const NODE_ENV of ['development', 'production']) {
      expect(() =>
        parseEnvironment({
          NODE_ENV,
          PASSWORD_HASH_COST: '14',
          PUBLIC_URL: 'https://hoicho.vn',
          SMTP_URL: 'smtp://relay',
        }),
      ).toThrow(
        'Invalid setting PASSWORD_HASH_COST: may be below 15 only in tests (NODE_ENV=test)',
      );
    }
    expect(() => parseEnvironment({ NODE_ENV: 'test', PASSWORD_HASH_COST: '9' })).toThrow(
      ConfigError,
    );
  });

  it('ignores empty values, as shells often export them', () => {
    expect(parseEnvironment({ PORT: '' }).PORT).toBe(3000);
  });
});

describe('the public address', () => {
  const services = {
    databaseUrl: 'postgres://x@localhost/x',
    redisUrl: 'redis://localhost:6379',
    smtpUrl: 'smtp://localhost:25',
    secret: 's'.repeat(40),
  };

  it('follows the port the api listens on when PUBLIC_URL is unset', () => {
    const config = buildAppConfig(parseEnvironment({ PORT: '4123' }), services);
    expect(config.publicUrl).toBe('http://localhost:4123');
    expect(config.publicUrlFromListenAddress).toBe(true);
  });

  it('names a specific host the api is bound to', () => {
    expect(listenUrl('127.0.0.1', 8080)).toBe('http://127.0.0.1:8080');
    expect(listenUrl('::1', 8080)).toBe('http://[::1]:8080');
    expect(listenUrl('0.0.0.0', 8080)).toBe('http://localhost:8080');
  });

  it('takes PUBLIC_URL as given, without a trailing slash', () => {
    const raw = parseEnvironment({ PORT: '4123', PUBLIC_URL: 'https://hoicho.example.vn/' });
    const config = buildAppConfig(raw, services);
    expect(config.publicUrl).toBe('https://hoicho.example.vn');
    expect(config.publicUrlFromListenAddress).toBe(false);
  });

  it('is required in production, where links must never name localhost', () => {
    expect(() => parseEnvironment({ NODE_ENV: 'production' })).toThrow(
      /^Invalid setting PUBLIC_URL: is required in production/,
    );
  });
});

describe('the proxies trusted to name the client', () => {
  const services = {
    databaseUrl: 'postgres://x@localhost/x',
    redisUrl: 'redis://localhost:6379',
    smtpUrl: 'smtp://localhost:25',
    secret: 's'.repeat(40),
  };
  const trust = (value?: string) =>
    buildAppConfig(parseEnvironment(value === undefined ? {} : { TRUST_PROXY: value }), services)
      .trustProxy;

  it('trusts none by default, a hop count or subnets when set', () => {
    expect(trust()).toBe(false);
    expect(trust('1')).toBe(1);
    expect(trust('10.0.0.0/8, loopback')).toBe('10.0.0.0/8, loopback');
  });
});

describe('production mail', () => {
  const production = { NODE_ENV: 'production', PUBLIC_URL: 'https://hoicho.example.vn' };

  it('refuses to start without a real SMTP_URL, so no dev mailbox shows reset links', () => {
    expect(() => parseEnvironment(production)).toThrow(
      /^Invalid setting SMTP_URL: is required in production/,
    );
    expect(() => parseEnvironment({ ...production, SMTP_URL: '' })).toThrow(/SMTP_URL/);
  });

  it('starts with a relay', () => {
    const raw = parseEnvironment({ ...production, SMTP_URL: 'smtps://relay.example.vn:465' });
    expect(raw.SMTP_URL).toBe('smtps://relay.example.vn:465');
  });
});
