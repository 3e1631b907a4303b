import { chromium, request, type Page } from '@playwright/test';
import { GATE_CAMERA_FILE } from '../../web/gate/support/gate-camera';
import { apiAs, gateFair, registeredTicket, showOnCamera } from '../../web/gate/support/gate-world';
import { CHROMIUM, WebBenchContext, WebBenchPart } from './web-bench-context';

const SCANS = 15;
const PHONE = { width: 390, height: 844 };

/** Percentile of sorted values (nearest rank). */
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * WEB.md's gate budget: a scan decided in ≤ 300 ms from the camera frame, online and offline.
 * The phone is this machine's Chromium at 390×844 with a fake camera playing a ticket QR; the
 * app records each answer's delay from the frame it decoded (`gate-answer` in the page's
 * performance timeline), which is what is read here: decoding (ZXing WebAssembly, as on a
 * phone without BarcodeDetector), deciding (the api online, the kit on the phone offline) and
 * painting the answer.
 */
async function measure(bench: WebBenchContext, offline: boolean): Promise<number[]> {
  // The stories' helpers find the api here.
  process.env.WEB_BASE_URL = bench.baseUrl;
  const organiser = await apiAs('bantochuc@congthuong.hanoi.local');
  const fair = await gateFair(organiser, [0]);
  const anonymous = await request.newContext({ baseURL: bench.baseUrl });
  const codes = await Promise.all(
    Array.from({ length: SCANS }, (_, i) =>
      registeredTicket(anonymous, fair.fairId, `Khách Đo Thử ${i}`),
    ),
  );
  await showOnCamera(undefined);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${GATE_CAMERA_FILE}`,
    ],
  });
  try {
    const context = await browser.newContext({
      baseURL: bench.baseUrl,
      viewport: PHONE,
      permissions: ['camera'],
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    const page = await context.newPage();
    const signIn = await page.request.post('/api/v1/auth/browser-session', {
      data: { email: 'cong@congthuong.hanoi.local', password: 'hoicho-demo-2026' },
      headers: { Origin: new URL(bench.baseUrl).origin },
    });
    if (!signIn.ok()) throw new Error(`gate sign-in: ${signIn.status()}`);
    await page.goto('/gate');
    await page.getByLabel('Hội chợ').selectOption({ label: fair.name });
    await page.getByLabel('Tên cổng').fill(offline ? 'Cổng đo ngoại tuyến' : 'Cổng đo');
    await page.getByRole('button', { name: 'Bắt đầu soát vé' }).click();
    await page.getByRole('button', { name: 'Tắt camera' }).click();
    await page.locator('video[data-decoder="ready"]').waitFor({ state: 'attached' });
    if (offline) await context.setOffline(true);
    const delays: number[] = [];
    for (const code of codes) delays.push(await scanOnce(page, code));
    return delays.sort((a, b) => a - b);
  } finally {
    await browser.close();
    await organiser.dispose();
    await anonymous.dispose();
  }
}

/** Puts one ticket in front of the camera and reads how long its answer took from the frame. */
async function scanOnce(page: Page, code: string): Promise<number> {
  await showOnCamera(code);
  await page.getByRole('button', { name: 'Bật camera' }).click();
  const answer = page.getByRole('alertdialog');
  await answer.waitFor();
  const delay = await page.waitForFunction(() => {
    const entries = performance.getEntriesByName('gate-answer');
    return entries.length > 0 && entries[entries.length - 1].duration;
  });
  const ms = (await delay.jsonValue()) as number;
  await page.evaluate(() => performance.clearMeasures('gate-answer'));
  await answer.getByRole('button', { name: 'Quét tiếp' }).click();
  await page.getByRole('button', { name: 'Tắt camera' }).click();
  return ms;
}

const part: WebBenchPart = {
  name: 'gate',
  async run(bench: WebBenchContext) {
    for (const offline of [false, true]) {
      const delays = await measure(bench, offline);
      const p95 = percentile(delays, 95);
      bench.report(
        `gate scan, frame to answer, ${offline ? 'offline' : 'online'} (${delays.length} scans) p50 / p95 / max`,
        `${percentile(delays, 50).toFixed(0)} / ${p95.toFixed(0)} / ${delays[delays.length - 1].toFixed(0)} ms`,
        '≤ 300 ms p95',
        p95 <= 300,
      );
    }
  },
};

export default part;
