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

  it('ignores empty values, as shells often export them', () => {
    expect(parseEnvironment({ PORT: '' }).PORT).toBe(3000);
  });
});
