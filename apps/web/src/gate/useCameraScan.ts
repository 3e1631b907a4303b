import { useCallback, useEffect, useRef, useState } from 'react';
import { qrDecoder, type QrDecoder } from './qr-decoder';

// A code in view is scanned once: again only after it has been out of sight this long.
const SAME_CODE_PAUSE_MS = 3000;

type FrameVideo = HTMLVideoElement & {
  requestVideoFrameCallback?: (callback: () => void) => number;
};

/**
 * The rear camera, read frame by frame while `active`: each decoded code is handed over with
 * the time its frame was taken up (performance.now()), from which the answer's delay counts.
 */
export function useCameraScan(active: boolean, onCode: (code: string, frameAt: number) => void) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<'off' | 'on' | 'failed'>('off');
  // Loaded with the scanner, not at the first frame: the first scan is as quick as the rest,
  // and a phone that loses the network right away has its decoder already.
  const [decoder, setDecoder] = useState<QrDecoder>();
  useEffect(() => {
    void qrDecoder().then((made) => setDecoder(() => made));
  }, []);
  const last = useRef({ code: '', at: 0 });
  const handler = useRef(onCode);
  useEffect(() => {
    handler.current = onCode;
  });

  const start = useCallback(async () => {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment', width: { ideal: 1280 } },
        audio: false,
      });
      const video = videoRef.current!;
      video.srcObject = stream;
      await video.play();
      setState('on');
    } catch {
      setState('failed');
    }
  }, []);

  /** Turns the camera off (a phone's battery lasts the day); `start` turns it on again. */
  const stop = useCallback(() => {
    const video = videoRef.current;
    (video?.srcObject as MediaStream | null)?.getTracks().forEach((track) => track.stop());
    if (video) video.srcObject = null;
    setState('off');
  }, []);

  useEffect(() => {
    const opening = setTimeout(() => void start(), 0);
    const video = videoRef.current;
    return () => {
      clearTimeout(opening);
      (video?.srcObject as MediaStream | null)?.getTracks().forEach((track) => track.stop());
    };
  }, [start]);

  useEffect(() => {
    if (state !== 'on' || !active || !decoder) return;
    const video = videoRef.current as FrameVideo;
    let stopped = false;
    // Resuming after an answer counts as a sighting: the ticket just answered, still in view,
    // is not taken for a new scan.
    last.current.at = performance.now();
    const next = () => {
      if (stopped) return;
      if (video.requestVideoFrameCallback) video.requestVideoFrameCallback(tick);
      else requestAnimationFrame(tick);
    };
    const tick = () => {
      if (stopped) return;
      const frameAt = performance.now();
      void decoder(video)
        .then((code) => {
          if (stopped) return;
          const now = performance.now();
          if (code) {
            const repeat = code === last.current.code && now - last.current.at < SAME_CODE_PAUSE_MS;
            last.current = { code, at: now };
            if (!repeat) return handler.current(code, frameAt);
          }
          next();
        })
        .catch(next);
    };
    next();
    return () => {
      stopped = true;
    };
  }, [state, active, decoder]);

  return { videoRef, state, start, stop, decoderReady: Boolean(decoder) };
}
