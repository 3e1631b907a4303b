import { WebBenchContext, WebBenchPart } from './web-bench-context';

const KB = 1024;

/** WEB.md's producer budgets: Lighthouse on mobile and the first screen's JavaScript. */
const part: WebBenchPart = {
  name: 'producer',
  async run(bench: WebBenchContext) {
    const calls = (await (await fetch(`${bench.baseUrl}/api/v1/public/fairs`)).json()) as {
      id: string;
    }[];
    const pages: [string, string][] = [
      ['fair list (the first producer screen)', '/producer/fairs'],
      ['sign-in', '/signin'],
    ];
    if (calls[0]) pages.push(['a fair’s call', `/producer/fairs/${calls[0].id}`]);
    // The demo producer's screens behind its session: the application form and a timeline.
    const cookie = await signInDemoProducer(bench.baseUrl);
    const mine = (await (
      await fetch(`${bench.baseUrl}/api/v1/applications`, { headers: { Cookie: cookie } })
    ).json()) as { id: string; fairId: string }[];
    const signedIn = new Set<string>();
    if (mine[0]) {
      pages.push(['the application form', `/producer/fairs/${mine[0].fairId}/apply`]);
      pages.push(['an application’s timeline', `/producer/applications/${mine[0].id}`]);
      signedIn.add(pages[pages.length - 2][1]).add(pages[pages.length - 1][1]);
    }
    // `npm run bench:web -- producer timeline`: only the pages whose label has that word, to
    // repeat one page's figures before and after a change.
    const only = process.argv[3];
    for (const [label, path] of pages.filter(([name]) => !only || name.includes(only))) {
      const scores = bench.lighthouse(path, signedIn.has(path) ? { cookie } : undefined);
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
      bench.report(
        `${label} best practices`,
        String(scores.bestPractices),
        '≥ 95',
        scores.bestPractices >= 95,
      );
      bench.report(
        `${label} LCP / TBT`,
        `${scores.largestContentfulPaintMs} ms / ${scores.totalBlockingTimeMs} ms`,
      );
      if (path === '/producer/fairs')
        bench.report(
          'first producer screen JavaScript (gzipped)',
          `${(scores.scriptBytes / KB).toFixed(1)} KB`,
          '≤ 200 KB',
          scores.scriptBytes <= 200 * KB,
        );
    }
  },
};

/** The demo producer's session cookie, as the browser would keep it after signing in. */
async function signInDemoProducer(baseUrl: string): Promise<string> {
  const answer = await fetch(`${baseUrl}/api/v1/auth/browser-session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl },
    body: JSON.stringify({ email: 'htx@phuvinh.local', password: 'hoicho-demo-2026' }),
  });
  const cookie = answer.headers.get('set-cookie')?.split(';')[0];
  if (!answer.ok || !cookie) throw new Error(`demo producer sign-in: ${answer.status}`);
  return cookie;
}

export default part;
