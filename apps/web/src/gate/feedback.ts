/*
 * A scan's answer is heard and felt as well as seen: gate staff look at the visitor, not the
 * phone. One short high beep admits, two low ones refuse; the phone vibrates likewise.
 */

let audio: AudioContext | undefined;

function beep(context: AudioContext, at: number, frequency: number, seconds: number): void {
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.2, at);
  gain.gain.exponentialRampToValueAtTime(0.001, at + seconds);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(at);
  oscillator.stop(at + seconds);
}

/** Sound and vibration for an answer; silent where the browser allows neither. */
export function signal(admitted: boolean): void {
  try {
    audio ??= new AudioContext();
    const now = audio.currentTime;
    if (admitted) beep(audio, now, 1320, 0.15);
    else {
      beep(audio, now, 330, 0.18);
      beep(audio, now + 0.25, 330, 0.18);
    }
  } catch {
    // No audio output (or not allowed yet): the screen and vibration still answer.
  }
  navigator.vibrate?.(admitted ? 120 : [200, 100, 200]);
}
