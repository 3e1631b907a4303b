/** Decodes QR codes from video frames; released with `close`. */
export interface FrameDecoder {
  decode(video: HTMLVideoElement): Promise<string | undefined>;
}

interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
declare const BarcodeDetector:
  | {
      new (options: { formats: string[] }): BarcodeDetectorLike;
      getSupportedFormats(): Promise<string[]>;
    }
  | undefined;

/**
 * The browser's own BarcodeDetector where it reads QR codes (Chrome on Android, Safari),
 * else jsQR, loaded only now (it is this screen's alone) and served by the app itself.
 */
export async function frameDecoder(): Promise<FrameDecoder> {
  if (
    typeof BarcodeDetector !== 'undefined' &&
    (await BarcodeDetector.getSupportedFormats()).includes('qr_code')
  ) {
    const detector = new BarcodeDetector({ formats: ['qr_code'] });
    return { decode: async (video) => (await detector.detect(video))[0]?.rawValue };
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  return {
    decode: async (video) => {
      const { videoWidth: width, videoHeight: height } = video;
      if (!width || !height) return undefined;
      canvas.width = width;
      canvas.height = height;
      context.drawImage(video, 0, 0, width, height);
      const image = context.getImageData(0, 0, width, height);
      return jsQR(image.data, width, height, { inversionAttempts: 'dontInvert' })?.data;
    },
  };
}
