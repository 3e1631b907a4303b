import { expect, type Page } from '@playwright/test';
import { randomInt } from 'node:crypto';

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/**
 * A fresh enterprise tax code with a right check digit, computed as DOMAIN.md states the rule
 * (an oracle independent of the app's code). Tax codes are unique, so each test takes its own.
 */
export function freshTaxCode(): string {
  for (;;) {
    const nine = `01${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;
    const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(nine[i]), 0);
    const check = 10 - (sum % 11);
    if (check < 10) return `${nine}${check}`;
  }
}

/** The same code with its check digit changed, so the rule must refuse it. */
export const withWrongCheckDigit = (code: string) =>
  code.slice(0, 9) + String((Number(code[9]) + 1) % 10);

/** A 12-digit citizen ID (CCCD) no other test uses. */
export const freshCccd = () => `0011${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;

/** Chooses an option of a Mantine Select by its label, typing to narrow long lists. */
export async function pick(page: Page, label: string, option: string, typed?: string) {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.click();
  if (typed) await box.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(box).toHaveValue(option);
}

/** A screenshot of the whole screen at the phone's size, for a person to look at. */
export const shoot = (page: Page, name: string) =>
  page.screenshot({ path: `.data/test/screens/${name}.png`, fullPage: true });

// Runs in the page (as text: the api's tsconfig has no DOM types).
const DRAW_CAMERA_PHOTO = `(() => {
  const canvas = document.createElement('canvas');
  canvas.width = 3200;
  canvas.height = 2400;
  const context = canvas.getContext('2d');
  const pixels = context.createImageData(canvas.width, canvas.height);
  for (let i = 0; i < pixels.data.length; i += 4) {
    const x = (i / 4) % canvas.width;
    // A warm gradient with grain, as rattan under a lamp; the grain keeps the JPEG large.
    pixels.data[i] = 150 + ((x / 32) % 60) + Math.random() * 40;
    pixels.data[i + 1] = 110 + Math.random() * 40;
    pixels.data[i + 2] = 60 + Math.random() * 40;
    pixels.data[i + 3] = 255;
  }
  context.putImageData(pixels, 0, 0);
  return canvas.toDataURL('image/jpeg', 0.97).split(',')[1];
})()`;

/**
 * A camera-sized photo (3200 × 2400, a few MB of detailed JPEG), drawn by the browser's own
 * canvas: the kind of file a phone hands the page.
 */
export async function cameraPhoto(page: Page): Promise<Buffer> {
  return Buffer.from(await page.evaluate<string>(DRAW_CAMERA_PHOTO), 'base64');
}

/** Width and height from a JPEG's frame header (SOF0–SOF15, bar DHT/JPG/DAC). */
export function jpegSize(bytes: Buffer): { width: number; height: number } {
  let at = 2;
  while (at < bytes.length) {
    const marker = bytes[at + 1];
    const length = bytes.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
      return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    at += 2 + length;
  }
  throw new Error('no frame header in this JPEG');
}
