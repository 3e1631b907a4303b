/**
 * Photos from a phone's camera are 4–12 MB; the API takes 5 MB at most and the producer pays
 * for the data. Each photo is shrunk in the browser to a longest edge of MAX_EDGE px and
 * re-encoded as JPEG (every browser encodes it; WebP is not encoded by older Safari).
 */
export const MAX_EDGE = 1600;
export const QUALITY = 0.85;
const OUTPUT_TYPE = 'image/jpeg';
const ACCEPTED = ['image/jpeg', 'image/png', 'image/webp'];

export class NotAnImageError extends Error {}

export interface DecodedImage {
  width: number;
  height: number;
  source: CanvasImageSource;
  close(): void;
}

/** Decoding and encoding, the only parts that need a real browser. */
export interface ImageTools {
  decode(file: Blob): Promise<DecodedImage>;
  encode(image: DecodedImage, width: number, height: number): Promise<Blob>;
}

/** The size that fits within maxEdge on its longest side, keeping the shape; never larger. */
export function fitWithin(width: number, height: number, maxEdge = MAX_EDGE) {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/**
 * The photo to upload: shrunk and re-encoded, or the original when it is already small
 * enough, of a type the API takes, and no larger than the re-encoded one.
 */
export async function resizeImage(file: File, tools: ImageTools = browserTools): Promise<File> {
  let image: DecodedImage;
  try {
    image = await tools.decode(file);
  } catch {
    throw new NotAnImageError(file.name);
  }
  try {
    const size = fitWithin(image.width, image.height);
    const blob = await tools.encode(image, size.width, size.height);
    const shrunk = size.width < image.width || size.height < image.height;
    if (!shrunk && ACCEPTED.includes(file.type) && file.size <= blob.size) return file;
    const name = `${file.name.replace(/\.[^.]*$/, '') || 'photo'}.jpg`;
    return new File([blob], name, { type: OUTPUT_TYPE });
  } finally {
    image.close();
  }
}

export const browserTools: ImageTools = {
  async decode(file) {
    // from-image: a phone photo shot upright is stored sideways with an EXIF rotation.
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    return {
      width: bitmap.width,
      height: bitmap.height,
      source: bitmap,
      close: () => bitmap.close(),
    };
  },
  async encode(image, width, height) {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    // JPEG has no transparency: a PNG's clear background becomes white, not black.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(image.source, 0, 0, width, height);
    return new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the photo could not be encoded'))),
        OUTPUT_TYPE,
        QUALITY,
      ),
    );
  },
};
