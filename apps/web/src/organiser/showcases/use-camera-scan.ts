import { useEffect, useRef, useState } from 'react';
import { frameDecoder } from './qr-scanner';

export type CameraState = 'starting' | 'scanning' | 'unavailable';

/**
 * Shows the back camera in the video element given the returned ref, and decodes a QR code from its frames until one is read;
 * each distinct text read is handed to `onText` once. The camera stops when the component
 * leaves the screen.
 */
export function useCameraScan(onText: (text: string) => void) {
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<CameraState>('starting');
  const handler = useRef(onText);
  useEffect(() => {
    handler.current = onText;
  }, [onText]);
  useEffect(() => {
    // The element is on screen from the first render (the picture shows while the camera starts).
    const element = video.current;
    if (!element) return;
    let stream: MediaStream | undefined;
    let frame = 0;
    let stopped = false;
    let last: string | undefined;
    const start = async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
          audio: false,
        });
        const decoder = await frameDecoder();
        if (stopped) return;
        element.srcObject = stream;
        await element.play();
        setState('scanning');
        const tick = async () => {
          if (stopped) return;
          const text = await decoder.decode(element).catch(() => undefined);
          if (text && text !== last) {
            last = text;
            handler.current(text);
          }
          frame = requestAnimationFrame(() => void tick());
        };
        void tick();
      } catch {
        if (!stopped) setState('unavailable');
      }
    };
    void start();
    return () => {
      stopped = true;
      cancelAnimationFrame(frame);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);
  return { video, state };
}
