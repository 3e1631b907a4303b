/** Fitting a label into a booth of the SVG plan (escaping is platform's escapeXml). */

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
