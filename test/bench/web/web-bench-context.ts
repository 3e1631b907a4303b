import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What every part of `npm run bench:web` gets: the running api and a way to audit a page. */
export interface WebBenchContext {
  /** The built api on embedded services with the demo seeded (`startBuiltApi`). */
  baseUrl: string;
  /** Lighthouse on one page with mobile emulation; `cookie` signs the page in. */
  lighthouse(path: string, options?: { cookie?: string; desktop?: boolean }): LighthouseScores;
  /** Prints one result line: `label: value (goal …, met|NOT met)`. */
  report(label: string, value: string, goal?: string, met?: boolean): void;
}

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Compressed bytes of JavaScript the page loaded over the network. */
  scriptBytes: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
}

/** A part of the benchmark: `*.part.ts` in this folder, run in file-name order. */
export interface WebBenchPart {
  name: string;
  run(context: WebBenchContext): Promise<void>;
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Runs the Lighthouse command (Node 20 needs the 12.x line) against Debian's Chromium with the
 * flags this closed network needs, and reads its JSON report.
 */
export function runLighthouse(
  url: string,
  options: { cookie?: string; desktop?: boolean } = {},
): LighthouseScores {
  const work = mkdtempSync(join(tmpdir(), 'hoicho-lighthouse-'));
  try {
    const out = join(work, 'report.json');
    const args = [
      join(__dirname, '../../../node_modules/lighthouse/cli/index.js'),
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices',
      `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir=${join(work, 'profile')}`,
      ...(options.desktop ? ['--preset=desktop'] : []),
      ...(options.cookie ? [`--extra-headers=${JSON.stringify({ Cookie: options.cookie })}`] : []),
    ];
    // Lighthouse now and then loses the page load's trace (NO_NAVSTART); a second run measures.
    for (let attempt = 1; ; attempt++) {
      try {
        execFileSync(process.execPath, args, {
          env: { ...process.env, CHROME_PATH: CHROMIUM },
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    // WEB_BENCH_REPORTS=<folder> keeps each report (open it in Lighthouse's viewer to see what
    // blocks the main thread or delays the largest paint).
    const keep = process.env.WEB_BENCH_REPORTS;
    if (keep) {
      mkdirSync(keep, { recursive: true });
      const name = new URL(url).pathname.replace(/[^a-z0-9]+/gi, '_');
      copyFileSync(out, join(keep, `${name}-${Date.now()}.json`));
    }
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const requests: { resourceType?: string; transferSize?: number }[] =
      report.audits['network-requests']?.details?.items ?? [];
    return {
      performance: Math.round(report.categories.performance.score * 100),
      accessibility: Math.round(report.categories.accessibility.score * 100),
      bestPractices: Math.round(report.categories['best-practices'].score * 100),
      scriptBytes: requests
        .filter((r) => r.resourceType === 'Script')
        .reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
      largestContentfulPaintMs: Math.round(report.audits['largest-contentful-paint'].numericValue),
      totalBlockingTimeMs: Math.round(report.audits['total-blocking-time'].numericValue),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
