import { WebBenchContext, WebBenchPart } from './web-bench-context';

/**
 * The visitor's server-rendered pages (issue 19's goals: performance ≥ 90, accessibility ≥ 95
 * on mobile): a fair's public page with its registration form, and the invitation (RSVP) page
 * that a registration's mailed link opens.
 */
const part: WebBenchPart = {
  name: 'visitor',
  async run(bench: WebBenchContext) {
    const fairs = (await (await fetch(`${bench.baseUrl}/api/v1/public/fairs`)).json()) as {
      id: string;
    }[];
    if (!fairs[0]) throw new Error('no fair announced to the public (is SEED_DEMO on?)');
    const fairId = fairs[0].id;
    const token = await registerAndOpenMail(bench.baseUrl, fairId);
    const pages: [string, string][] = [
      ['fair page with the registration form', `/fairs/${fairId}`],
      ['invitation (RSVP) page', `/invitations/${token}`],
    ];
    for (const [label, path] of pages) {
      const scores = bench.lighthouse(path);
      bench.report(
        `${label} performance`,
        String(scores.performance),
        '≥ 90',
        scores.performance >= 90,
      );
      bench.report(
        `${label} accessibility`,
        String(scores.accessibility),
        '≥ 95',
        scores.accessibility >= 95,
      );
      bench.report(`${label} best practices`, String(scores.bestPractices));
      bench.report(
        `${label} LCP / TBT`,
        `${scores.largestContentfulPaintMs} ms / ${scores.totalBlockingTimeMs} ms`,
      );
    }
  },
};

/** Registers a visitor through the public API and reads the invitation token from the ticket mail. */
async function registerAndOpenMail(baseUrl: string, fairId: string): Promise<string> {
  const email = `bench.${Date.now()}@example.vn`;
  const answer = await fetch(`${baseUrl}/api/v1/public/fairs/${fairId}/registrations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Khách Đo Hiệu Năng', email }),
  });
  if (answer.status !== 202) throw new Error(`registration: ${answer.status}`);
  for (let tries = 0; tries < 600; tries++) {
    const mails = (await (
      await fetch(`${baseUrl}/dev/mailbox/messages?to=${encodeURIComponent(email)}`)
    ).json()) as { text: string }[];
    const token = /\/invitations\/([\w-]{43})/.exec(mails[0]?.text ?? '')?.[1];
    if (token) return token;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the ticket mail did not arrive');
}

export default part;
