import type { Browser, BrowserContext, Page } from '@playwright/test';
import { DEMO, expect, expectAccessible, PHONE, signIn, test } from '../support/fixtures';
import {
  apiAs,
  gateFair,
  hanoiDay,
  openGate,
  registeredTicket,
  shown,
  showOnCamera,
  type GateFair,
} from './support/gate-world';

/*
 * Gate staff at a fair's entrance, on a phone (390×844) whose camera (Chromium's fake device)
 * sees the ticket QR a visitor was mailed. The fairs' days are set around today, so the
 * server's real clock and the phone's agree on which fair day it is.
 */
test.use({ viewport: PHONE, permissions: ['camera'] });
test.describe.configure({ mode: 'serial' });

const shot = (name: string) => ({ path: `.data/test/screens/gate-${name}.png` });
const answer = (page: Page) => page.getByRole('alertdialog');

async function gatePhone(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: process.env.WEB_BASE_URL,
    viewport: PHONE,
    permissions: ['camera'],
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await signIn(page, DEMO.gate);
  return { context, page };
}

const EVERY_BUNDLE_KEPT = `caches.open('hoicho-gate-shell-v1').then((kept) =>
  Promise.all(
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/assets/'))
      .map((path) => kept.match(path)),
  ).then((found) => found.every(Boolean)),
)`;

let running: GateFair;
let upcoming: GateFair;
// Two days ahead, not tomorrow: a fair opening at midnight admits from 23:30 the day before
// (the early-entry window), so "tomorrow" failed this story in the last half hour of a Hà Nội
// day. Its days are kept as they were set, in case the run crosses midnight.
let upcomingDays: string[];

test.beforeAll(async () => {
  const organiser = await apiAs(DEMO.organiser);
  running = await gateFair(organiser, [-1, 0, 1]);
  upcomingDays = [hanoiDay(2), hanoiDay(3)];
  upcoming = await gateFair(organiser, [2, 3]);
  await organiser.dispose();
});

test('a ticket scanned on the fair’s second day is admitted once, with the party’s size', async ({
  page,
}) => {
  const code = await registeredTicket(page.request, running.fairId, 'Trần Thị Bình', 1);
  await showOnCamera(code);
  await signIn(page, DEMO.gate);
  await openGate(page, running, 'Cổng A');
  await expect(answer(page)).toBeVisible();
  await expect(answer(page)).toHaveAttribute('data-result', 'admitted');
  await expect(answer(page).getByRole('heading', { name: 'Mời vào' })).toBeVisible();
  await expect(answer(page)).toContainText('TTB · đoàn 2 người');
  await expect(answer(page)).toContainText(`Vé ngày ${shown(hanoiDay(0))}.`);
  await expectAccessible(page);
  await page.screenshot(shot('admitted'));
  await answer(page).getByRole('button', { name: 'Quét tiếp' }).click();

  // The same ticket again the same day (typed, as when the QR will not read).
  await page.getByLabel('Nhập mã vé').fill(code);
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(answer(page)).toHaveAttribute('data-result', 'already_admitted');
  await expect(answer(page)).toContainText(/Đã vào hôm nay tại cổng Cổng A lúc \d{2}:\d{2}\./);
  await answer(page).getByRole('button', { name: 'Quét tiếp' }).click();
  const counts = page.getByRole('region', { name: 'Lượt vào hôm nay' });
  await expect(counts.getByRole('row', { name: 'Cổng A 1' })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ ...shot('scanner'), fullPage: true });
});

test('a ticket before the fair’s first day is refused, naming the days', async ({ page }) => {
  const code = await registeredTicket(page.request, upcoming.fairId, 'Lê Văn Cường');
  await showOnCamera(code);
  await signIn(page, DEMO.gate);
  await openGate(page, upcoming, 'Cổng B');
  await expect(answer(page)).toHaveAttribute('data-result', 'not_valid_today');
  await expect(
    answer(page).getByRole('heading', { name: 'Không có giá trị hôm nay' }),
  ).toBeVisible();
  await expect(answer(page)).toContainText(`Ngày hội chợ: ${upcomingDays.map(shown).join(', ')}.`);
  await page.screenshot(shot('not-valid-today'));
});

/** The camera off, the ticket put in front of it, the camera on: it reads its video anew. */
async function cameraOff(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Tắt camera' }).click();
  await expect(page.getByRole('button', { name: 'Bật camera' })).toBeVisible();
}
const cameraOn = (page: Page) => page.getByRole('button', { name: 'Bật camera' }).click();

test('offline scans are decided on the phone, queued and uploaded when the network returns', async ({
  page,
  context,
}) => {
  const code = await registeredTicket(page.request, running.fairId, 'Phạm Thu Dung', 2);
  await showOnCamera(undefined);
  await signIn(page, DEMO.gate);
  // Choosing the gate online gives the phone the fair's kit; then the hall's network drops.
  await openGate(page, running, 'Cổng C');
  // An installable app whose service worker keeps the shell for the gate's pages.
  const manifest = await (await page.request.get('/gate.webmanifest')).json();
  expect(manifest).toMatchObject({ start_url: '/gate', scope: '/gate', display: 'standalone' });
  // (Evaluated as text: the tests' TypeScript knows no browser globals.)
  expect(await page.evaluate('navigator.serviceWorker.ready.then((r) => r.scope)')).toMatch(
    /\/gate$/,
  );
  // Once the worker keeps every bundle this page loaded (the decoder's too), the network may go.
  await page.locator('video[data-decoder="ready"]').waitFor({ state: 'attached' });
  await expect.poll(() => page.evaluate(EVERY_BUNDLE_KEPT)).toBe(true);
  await context.setOffline(true);
  // Reopened without a network, the phone still has its scanner, fair and gate.
  await page.reload();
  await expect(page.getByRole('heading', { name: `${running.name} · Cổng C` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Ngoại tuyến' })).toBeVisible();
  await cameraOff(page);
  await showOnCamera(code);
  await cameraOn(page);
  await expect(answer(page)).toHaveAttribute('data-result', 'admitted');
  await expect(answer(page)).toContainText('PTD · đoàn 3 người');
  await expect(answer(page)).toContainText('Quyết định trên máy');
  await page.screenshot(shot('offline-admitted'));
  await answer(page).getByRole('button', { name: 'Quét tiếp' }).click();

  // A forged code (the genuine one with a byte of its payload changed) is caught offline too.
  const bytes = Buffer.from(code.slice(4), 'base64url');
  bytes[20] ^= 1;
  await page.getByLabel('Nhập mã vé').fill(`HC1.${bytes.toString('base64url')}`);
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(answer(page).getByRole('heading', { name: 'Vé giả' })).toBeVisible();
  await answer(page).getByRole('button', { name: 'Quét tiếp' }).click();
  await expect(page.getByText('Chờ gửi: 2 lượt quét')).toBeVisible();
  await expectAccessible(page);

  await context.setOffline(false);
  await expect(page.getByText(/Chờ gửi/)).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Trực tuyến' })).toBeVisible();
  const gate = await apiAs(DEMO.gate);
  const stats = await (await gate.get(`/api/v1/fairs/${running.fairId}/check-ins/stats`)).json();
  expect(stats.byDay).toContainEqual({ day: hanoiDay(0), gate: 'Cổng C', admitted: 1, guests: 2 });
  await gate.dispose();
});

test('two offline gates admitting one ticket: a conflict both gates see, counted once', async ({
  browser,
}) => {
  const organiser = await apiAs(DEMO.organiser);
  const code = await registeredTicket(organiser, running.fairId, 'Hoàng Minh Em');
  await showOnCamera(undefined);
  const north = await gatePhone(browser);
  const south = await gatePhone(browser);
  await openGate(north.page, running, 'Cổng Bắc');
  await openGate(south.page, running, 'Cổng Nam');
  await cameraOff(north.page);
  await cameraOff(south.page);
  // Both lose the network; then the visitor shows the ticket at one gate and again at the other.
  await north.context.setOffline(true);
  await south.context.setOffline(true);
  await showOnCamera(code);
  for (const phone of [north, south]) {
    await cameraOn(phone.page);
    await expect(answer(phone.page)).toHaveAttribute('data-result', 'admitted');
    await answer(phone.page).getByRole('button', { name: 'Quét tiếp' }).click();
  }

  await north.context.setOffline(false);
  await expect(north.page.getByText(/Chờ gửi/)).toBeHidden();
  await south.context.setOffline(false);
  await expect(south.page.getByRole('alert')).toContainText('có xung đột');
  const conflict = /Vé [0-9a-f]{8}: vào tại Cổng Bắc lúc \d{2}:\d{2}, rồi lại vào tại Cổng Nam/;
  await expect(south.page.getByText(conflict)).toBeVisible();
  await south.page.screenshot({ ...shot('conflict'), fullPage: true });
  await north.page.getByRole('button', { name: 'Cập nhật' }).click();
  await expect(north.page.getByText(conflict)).toBeVisible();

  const stats = await (
    await organiser.get(`/api/v1/fairs/${running.fairId}/check-ins/stats`)
  ).json();
  expect(stats.conflicts).toBe(1);
  await organiser.dispose();
  await north.context.close();
  await south.context.close();
});
