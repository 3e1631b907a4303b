/** Text helpers for SVG output: escaping, and fitting a label into a booth. */

// Characters XML 1.0 forbids even when escaped; one in a producer's name would break the file.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Wraps text on spaces into at most `maxLines` lines of `maxChars` characters, breaking long
 * words and ending with "…" when something had to be cut. Counts code points, so an NFC
 * Vietnamese letter is one character.
 */
export function fitLines(text: string, maxChars: number, maxLines: number): string[] {
  if (maxChars < 1 || maxLines < 1) return [];
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current: string[] = [];
  const push = () => {
    if (current.length) lines.push(current.join(''));
    current = [];
  };
  for (const word of words) {
    let chars = Array.from(word);
    if (current.length && current.length + 1 + chars.length > maxChars) push();
    if (current.length) current.push(' ');
    while (current.length + chars.length > maxChars) {
      const room = maxChars - current.length;
      current.push(...chars.slice(0, room));
      chars = chars.slice(room);
      push();
    }
    current.push(...chars);
  }
  push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = Array.from(kept[maxLines - 1]).slice(0, maxChars - 1);
  kept[maxLines - 1] = last.join('').trimEnd() + '…';
  return kept;
}
