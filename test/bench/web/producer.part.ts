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

export default part;
