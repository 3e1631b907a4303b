import { type APIRequestContext, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PNG } from 'pngjs';
import { ticketQrPng } from '@hoicho/invitations/domain/ticket-qr';
import { expect, mailTo, uniqueEmail } from '../../support/fixtures';
import { apiAs, ok } from '../../support/showcase-world';
import { GATE_CAMERA_FILE } from './gate-camera';

const DAY = 24 * 60 * 60 * 1000;
/** A Hà Nội calendar day `days` from now, YYYY-MM-DD. */
export const hanoiDay = (days: number) =>
  new Date(Date.now() + days * DAY + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
/** dd/MM/yyyy as the screens write it. */
export const shown = (date: string) => date.split('-').reverse().join('/');

export interface GateFair {
  fairId: string;
  name: string;
}

/**
 * A fair of the demo body open to public registration, whose days are `offsets` days from today
 * (Hà Nội), each open the whole day so a test never falls outside the gates' window.
 */
export async function gateFair(
  organiser: APIRequestContext,
  offsets: number[],
  hours = { opens: '00:00', closes: '23:59' },
): Promise<GateFair> {
  const me = await ok<{ organisingBodyId: string }>(organiser.get('/api/v1/auth/me'));
  const name = `Hội chợ Cổng ${randomUUID().slice(0, 6)}`;
  const first = Math.min(...offsets);
  const fair = await ok<{ id: string }>(
    organiser.post(`/api/v1/organising-bodies/${me.organisingBodyId}/fairs`, {
      data: {
        nameVi: name,
        nameEn: `Gate Fair ${name.slice(-6)}`,
        venueName: 'Cung Văn hóa Hữu nghị Việt Xô',
        venueAddress: '91 Trần Hưng Đạo, phường Cửa Nam, Hà Nội',
        days: offsets.map((days) => ({ date: hanoiDay(days), ...hours })),
        applicationsOpenAt: `${hanoiDay(first - 20)}T08:00`,
        applicationsCloseAt: `${hanoiDay(first - 10)}T17:00`,
      },
    }),
    201,
  );
  const at = (path: string) => `/api/v1/fairs/${fair.id}${path}`;
  await ok(organiser.post(at('/zones'), { data: { code: 'may-tre', nameVi: 'Mây tre' } }), 201);
  await ok(
    organiser.post(at('/booth-types'), {
      data: { code: 'tieu-chuan', nameVi: 'Tiêu chuẩn', widthM: 3, depthM: 3, price: '12000000' },
    }),
    201,
  );
  await ok(organiser.post(at('/status'), { data: { to: 'open' } }));
  return { fairId: fair.id, name };
}

/** A visitor registers on the public form; answers the code of the ticket they were sent. */
export async function registeredTicket(
  request: APIRequestContext,
  fairId: string,
  name: string,
  guests = 0,
): Promise<string> {
  const email = uniqueEmail('khach');
  const answer = await request.post(`/api/v1/public/fairs/${fairId}/registrations`, {
    data: { name, email, guests },
  });
  expect(answer.status(), await answer.text()).toBe(202);
  const mail = await mailTo(request, email);
  const token = /\/invitations\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
  const view = await ok<{ ticket: { code: string } }>(request.get(`/api/v1/invitations/${token}`));
  return view.ticket.code;
}

const WIDTH = 640;
const HEIGHT = 480;

/**
 * Puts a ticket (or nothing) in front of the fake camera: its QR PNG (as mailed) drawn on a 640×480 frame of
 * a Y4M video, the file Chromium's fake capture device plays (read when a camera starts).
 */
export async function showOnCamera(code: string | undefined): Promise<void> {
  const luma = Buffer.alloc(WIDTH * HEIGHT, 0xe0);
  if (code) drawQr(luma, PNG.sync.read(await ticketQrPng(code, 7)));
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 0x80);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  mkdirSync(dirname(GATE_CAMERA_FILE), { recursive: true });
  writeFileSync(GATE_CAMERA_FILE, Buffer.concat([header, frame, frame, frame]));
}

function drawQr(luma: Buffer, qr: PNG): void {
  const left = Math.floor((WIDTH - qr.width) / 2);
  const top = Math.floor((HEIGHT - qr.height) / 2);
  for (let y = 0; y < qr.height; y++) {
    for (let x = 0; x < qr.width; x++) {
      luma[(top + y) * WIDTH + left + x] = qr.data[(y * qr.width + x) * 4];
    }
  }
}

/** Gate staff open the scanner and choose fair and gate (the device keeps the fair's kit). */
export async function openGate(page: Page, fair: GateFair, gate: string): Promise<void> {
  await page.goto('/gate');
  await expect(page.getByRole('heading', { name: 'Chọn hội chợ và cổng' })).toBeVisible();
  await page.getByLabel('Hội chợ').selectOption({ label: fair.name });
  await page.getByLabel('Tên cổng').fill(gate);
  await page.getByRole('button', { name: 'Bắt đầu soát vé' }).click();
  await expect(page.getByRole('heading', { name: `${fair.name} · ${gate}` })).toBeVisible();
}

export { apiAs };
