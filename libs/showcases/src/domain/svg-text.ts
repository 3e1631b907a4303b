import { toNfc } from '@hoicho/platform/domain';

/**
 * Greedy word wrap to at most `maxLines` lines of about `maxChars` characters; a word longer
 * than a line is cut, and text that does not fit ends in "…" after the last whole word. SVG has no text flow, and a
 * character count is close enough for the short names on a label.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = toNfc(text)
    .split(/\s+/)
    .filter((word) => word !== '');
  const lines: string[] = [];
  let current = '';
  for (let word of words) {
    while (word.length > maxChars) {
      if (current) lines.push(current);
      lines.push(word.slice(0, maxChars));
      word = word.slice(maxChars);
      current = '';
    }
    if (!current) current = word;
    else if (current.length + 1 + word.length <= maxChars) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  // Make room for the ellipsis by dropping whole words where possible.
  while (last.length >= maxChars && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last.slice(0, maxChars - 1)}…`;
  return kept;
}
