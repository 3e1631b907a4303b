import { describe, expect, it } from 'vitest';
import {
  type DecodedImage,
  fitWithin,
  type ImageTools,
  NotAnImageError,
  resizeImage,
} from './resize-image';

/** Tools that decode to a given size and encode to `encodedBytes`, recording the call. */
function fakeTools(width: number, height: number, encodedBytes: number) {
  const calls: { width: number; height: number }[] = [];
  let closed = 0;
  const tools: ImageTools = {
    decode: async () => ({ width, height, source: {} as CanvasImageSource, close: () => closed++ }),
    encode: async (_image: DecodedImage, w: number, h: number) => {
      calls.push({ width: w, height: h });
      return new Blob([new Uint8Array(encodedBytes)], { type: 'image/jpeg' });
    },
  };
  return { tools, calls, closed: () => closed };
}

const fileOf = (bytes: number, name: string, type: string) =>
  new File([new Uint8Array(bytes)], name, { type });

describe('fitWithin', () => {
  it('brings the longest edge down to 1600 px and keeps the shape', () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3000, 4000)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(4032, 1)).toEqual({ width: 1600, height: 1 });
  });

  it('never enlarges a small image', () => {
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
  });
});

describe('resizeImage', () => {
  it('shrinks a large camera photo to a JPEG within 1600 px', async () => {
    const fake = fakeTools(4000, 3000, 400_000);
    const result = await resizeImage(
      fileOf(6_000_000, 'IMG_0001.HEIC.png', 'image/png'),
      fake.tools,
    );
    expect(fake.calls).toEqual([{ width: 1600, height: 1200 }]);
    expect(result.type).toBe('image/jpeg');
    expect(result.name).toBe('IMG_0001.HEIC.jpg');
    expect(result.size).toBe(400_000);
    expect(fake.closed()).toBe(1);
  });

  it('keeps a small photo that re-encoding would not make smaller', async () => {
    const original = fileOf(50_000, 'small.webp', 'image/webp');
    const result = await resizeImage(original, fakeTools(600, 400, 80_000).tools);
    expect(result).toBe(original);
  });

  it('re-encodes a small image of a type the API refuses', async () => {
    const result = await resizeImage(
      fileOf(50_000, 'scan.bmp', 'image/bmp'),
      fakeTools(600, 400, 80_000).tools,
    );
    expect(result.type).toBe('image/jpeg');
    expect(result.name).toBe('scan.jpg');
  });

  it('says when a file is not an image', async () => {
    const tools: ImageTools = {
      decode: () => Promise.reject(new Error('InvalidStateError')),
      encode: () => Promise.reject(new Error('not reached')),
    };
    await expect(resizeImage(fileOf(10, 'notes.txt', 'text/plain'), tools)).rejects.toBeInstanceOf(
      NotAnImageError,
    );
  });
});
