import { chromium, type Page } from '@playwright/test';
import { CHROMIUM, WebBenchContext, WebBenchPart } from './web-bench-context';
import { planWorld } from './plan-world';

const DESK = { width: 1366, height: 768 };

// The page's globals, for the functions sent into it (this file compiles without DOM types).
declare const window: {
  frames_: number[];
  recording: boolean;
  drops: number[];
  addEventListener(
    type: string,
    listener: (event: { target: { closest(selector: string): unknown } }) => void,
    capture: boolean,
  ): void;
};
declare const document: { getElementById(id: string): unknown };
declare function requestAnimationFrame(callback: (now: number) => void): number;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/** Records the time between animation frames in the page until `stopFrames`. */
const START_FRAMES = () => {
  const w = window;
  w.frames_ = [];
  w.recording = true;
  let last = performance.now();
  const loop = (now: number) => {
    w.frames_.push(now - last);
    last = now;
    if (w.recording) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
};
const STOP_FRAMES = () => {
  const w = window;
  w.recording = false;
  return w.frames_.slice(1);
};

/**
 * Times each drop: from the pointer's release (captured before the app sees it) to the first
 * frame painted after the answer's heading shows the new proposal.
 */
const WATCH_DROPS = () => {
  const w = window;
  w.drops = [];
  window.addEventListener(
    'pointerup',
    (event) => {
      // Releases on the plan only (not the answer's own buttons).
      if (!event.target.closest('.plan-viewport')) return;
      const t0 = performance.now();
      const check = () => {
        if (document.getElementById('drop-answer-title')) {
          requestAnimationFrame(() => setTimeout(() => w.drops.push(performance.now() - t0), 0));
        } else requestAnimationFrame(check);
      };
      check();
    },
    true,
  );
};

async function centreOf(page: Page, code: string) {
  const box = await page.locator(`.plan-layer [data-code="${code}"] rect`).boundingBox();
  if (!box) throw new Error(`booth ${code} is not drawn`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Pans (drags the floor) and zooms (wheel) the whole plan while frames are recorded. */
async function panAndZoom(page: Page): Promise<number[]> {
  const area = (await page.locator('.plan-viewport').boundingBox())!;
  const cx = area.x + area.width / 2;
  const cy = area.y + area.height / 2;
  await page.evaluate(START_FRAMES);
  for (let i = 0; i < 12; i++) {
    await page.mouse.move(cx + (i % 3) * 40, cy + (i % 2) * 30);
    await page.mouse.wheel(0, i < 6 ? -240 : 240);
    await page.waitForTimeout(30);
  }
  for (let round = 0; round < 3; round++) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let step = 1; step <= 30; step++)
      await page.mouse.move(cx + step * 8 * (round % 2 ? -1 : 1), cy + step * 4);
    await page.mouse.up();
  }
  return page.evaluate(STOP_FRAMES);
}

const part: WebBenchPart = {
  name: 'organiser plan',
  async run(bench: WebBenchContext) {
    const world = await planWorld(bench.baseUrl);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-background-networking', '--no-first-run'],
    });
    try {
      const context = await browser.newContext({ viewport: DESK, locale: 'vi-VN' });
      const [name, value] = world.cookie.split('=');
      await context.addCookies([{ name, value, url: bench.baseUrl }]);
      const page = await context.newPage();

      await page.goto(`${bench.baseUrl}/organiser/fairs/${world.fairId}/plan`);
      await page.locator('.plan-layer [data-code="C-1000"]').waitFor({ state: 'attached' });
      const frames = await panAndZoom(page);
      const p95 = percentile(frames, 95);
      bench.report(
        'plan editor, 3,000 booths: frame time while panning and zooming (p95 / max)',
        `${p95.toFixed(1)} ms / ${Math.max(...frames).toFixed(1)} ms over ${frames.length} frames`,
        'p95 ≤ 50 ms',
        p95 <= 50,
      );

      await page.goto(`${bench.baseUrl}/organiser/fairs/${world.fairId}/allocation`);
      await page.locator(`.plan-layer [data-code="${world.held}"]`).waitFor({ state: 'attached' });
      await page.getByText(/^Điểm: /).waitFor();
      const board = await panAndZoom(page);
      bench.report(
        'allocation board, 3,000 booths: frame time while panning and zooming (p95 / max)',
        `${percentile(board, 95).toFixed(1)} ms / ${Math.max(...board).toFixed(1)} ms`,
        'p95 ≤ 50 ms',
        percentile(board, 95) <= 50,
      );

      // Close enough to drag by hand: zoom in around the producer's booth.
      await page.getByRole('button', { name: 'Xem toàn bộ sơ đồ' }).click();
      await page.waitForTimeout(100);
      for (let i = 0; i < 5; i++) {
        const at = await centreOf(page, world.held);
        await page.mouse.move(at.x, at.y);
        await page.mouse.wheel(0, -400);
        await page.waitForTimeout(60);
      }
      await page.waitForTimeout(300);
      await page.evaluate(WATCH_DROPS);
      for (let i = 0; i < 20; i++) {
        const target = world.free[i % world.free.length];
        const from = await centreOf(page, world.held);
        const to = await centreOf(page, target);
        await page.mouse.move(from.x, from.y);
        await page.mouse.down();
        await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 3 });
        await page.mouse.move(to.x, to.y, { steps: 3 });
        await page.mouse.up();
        await page.locator('#drop-answer-title').waitFor();
        await page.getByRole('button', { name: 'Huỷ' }).click();
        await page.locator('#drop-answer-title').waitFor({ state: 'detached' });
      }
      const drops = await page.evaluate(() => window.drops);
      const p90 = percentile(drops, 90);
      bench.report(
        'allocation board: drop to rule check and score shown (median / p90 / each)',
        `${percentile(drops, 50).toFixed(1)} ms / ${p90.toFixed(1)} ms / ${drops.map((d) => d.toFixed(0)).join(' ')}`,
        'p90 ≤ 100 ms',
        p90 <= 100,
      );
    } finally {
      await browser.close();
    }
  },
};

export default part;
