import { PlatformRuntime } from '@hoicho/platform';
import { DemoLogins } from './demo.seeder';

export function printBanner(runtime: PlatformRuntime, listening: string, logins: DemoLogins): void {
  const base = runtime.config.publicUrl;
  const lines = [
    '',
    `Hội Chợ is running (listening on ${listening.replace('[::1]', 'localhost')})`,
    `  Web app      ${base}/`,
    `  API          ${base}/api/v1`,
    `  API docs     ${base}/docs  (JSON: ${base}/docs-json)`,
    `  Health       ${base}/health`,
  ];
  if (runtime.mailbox) lines.push(`  Dev mailbox  ${base}/dev/mailbox`);
  lines.push(
    `  PostgreSQL   ${runtime.config.database.embedded ? 'embedded, data in ' + runtime.config.dataDir : 'DATABASE_URL'}`,
    `  Redis        ${runtime.config.redis.embedded ? 'embedded' : 'REDIS_URL'}   SMTP: ${runtime.config.smtp.embedded ? 'embedded capture' : 'SMTP_URL'}`,
  );
  if (logins.length) {
    lines.push(`  Demo logins (sign in at ${base}/signin):`);
    for (const login of logins)
      lines.push(`    ${login.role.padEnd(10)} ${login.email} / ${login.password}`);
  }
  const fair = logins.fair;
  if (fair)
    lines.push(`  Demo fair: ${fair.name} (${fair.booths} booths, ${fair.producers} producers)`);
  process.stdout.write(lines.join('\n') + '\n\n');
}
