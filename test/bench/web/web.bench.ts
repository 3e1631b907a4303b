import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startBuiltApi } from '../../support/built-api';
import { runLighthouse, WebBenchContext, WebBenchPart } from './web-bench-context';

/**
 * `npm run bench:web` (after `npm run build`): the web app's budgets of WEB.md, measured on
 * this machine's Chromium. Each `*.part.ts` here measures one area; the figures are printed,
 * never asserted (a loaded machine would fail a budget it meets when idle).
 */
async function main(): Promise<void> {
  const api = await startBuiltApi({
    RATE_LIMIT_LOGIN_PER_MINUTE: '100000',
    RATE_LIMIT_SIGNUP_PER_HOUR: '100000',
    RATE_LIMIT_PUBLIC_PER_MINUTE: '100000',
    RATE_LIMIT_LOGIN_PER_ACCOUNT_PER_HOUR: '100000',
    RATE_LIMIT_TOKEN_PER_MINUTE: '100000',
    RATE_LIMIT_MAILS_PER_ADDRESS_PER_DAY: '100000',
    // The gate's part registers its visitors through the public form.
    RATE_LIMIT_FORMS_PER_MINUTE: '100000',
  });
  const context: WebBenchContext = {
    baseUrl: api.url,
    lighthouse: (path, options) => runLighthouse(`${api.url}${path}`, options),
    report: (label, value, goal, met) =>
      process.stdout.write(
        `${label}: ${value}${goal ? ` (goal ${goal}, ${met ? 'met' : 'NOT met'})` : ''}\n`,
      ),
  };
  const only = process.argv[2];
  try {
    const files = readdirSync(__dirname)
      .filter((file) => file.endsWith('.part.ts'))
      .sort();
    for (const file of files) {
      const part = (await import(join(__dirname, file))).default as WebBenchPart;
      if (only && part.name !== only) continue;
      process.stdout.write(`\n== ${part.name}\n`);
      await part.run(context);
    }
  } finally {
    await api.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
