import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PNG } from 'pngjs';

/**
 * A fake camera for Chromium: the browser plays a Y4M file as the webcam
 * (`--use-file-for-fake-video-capture`). The file is read when a page opens the camera, so a
 * story writes the picture it wants shown (a printed label) just before scanning.
 */
export const FAKE_CAMERA_FILE = resolve('.data/test/fake-camera.y4m');
const WIDTH = 640;
const HEIGHT = 480;

/** Chromium's launch options for a story that scans: the usual ones plus the fake camera. */
export const fakeCameraLaunchOptions = () => {
  // Chromium wants the file at launch; the story replaces the picture before scanning.
  if (!existsSync(FAKE_CAMERA_FILE)) writeCameraPicture(undefined);
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${FAKE_CAMERA_FILE}`,
    ],
  };
};

/**
 * Writes the camera's picture: the PNG centred on a white 640×480 frame (shrunk to fit by
 * whole steps if larger), or a white frame. Grey only: Y from the pixel's luminance, U and V
 * neutral; two identical frames, which Chromium loops.
 */
export function writeCameraPicture(png: Buffer | undefined): void {
  const luma = Buffer.alloc(WIDTH * HEIGHT, 255);
  if (png) {
    const image = PNG.sync.read(png);
    const step = Math.max(1, Math.ceil(Math.max(image.width / WIDTH, image.height / HEIGHT)));
    const [w, h] = [Math.floor(image.width / step), Math.floor(image.height / step)];
    const [left, top] = [Math.floor((WIDTH - w) / 2), Math.floor((HEIGHT - h) / 2)];
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const i = (y * step * image.width + x * step) * 4;
        const [r, g, b] = [image.data[i], image.data[i + 1], image.data[i + 2]];
        luma[(top + y) * WIDTH + left + x] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
      }
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  mkdirSync(dirname(FAKE_CAMERA_FILE), { recursive: true });
  writeFileSync(
    FAKE_CAMERA_FILE,
    Buffer.concat([
      Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`),
      frame,
      frame,
    ]),
  );
}
