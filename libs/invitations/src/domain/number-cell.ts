/**
 * The text a spreadsheet shows for a whole number stored in a number cell, read from the cell's
 * number format: what a phone column needs, because Excel keeps 0912345678 as 912345678 shown
 * through the format "0000000000", and +84912345678 as 84912345678 shown through "+0" or
 * "\+0". Only formats made of digit placeholders (0 # ?) and literal text are applied; any other
 * format (decimals, thousands, dates, percent) and "General" give the plain digits.
 */
export function numberCellText(value: number, numFmt?: string): string {
  if (!Number.isInteger(value)) return String(value);
  // Every digit, never "9.1e+8".
  const digits = value.toFixed(0);
  if (!numFmt || value < 0 || !Number.isSafeInteger(value)) return digits;
  const parts = formatParts(firstSection(numFmt));
  if (!parts) return digits;
  const slots = parts.filter((part) => part.slot).length;
  if (slots === 0) return digits;
  // Placeholders take digits from the right; extra digits go into the leftmost one.
  let rest = digits === '0' ? '' : digits;
  const filled = [...parts].reverse().map((part, i, all) => {
    if (!part.slot) return part.text;
    const leftmost = all.slice(i + 1).every((other) => !other.slot);
    const take = leftmost ? rest : rest.slice(-1);
    rest = leftmost ? '' : rest.slice(0, -1);
    if (take !== '') return take;
    return part.text === '0' ? '0' : part.text === '?' ? ' ' : '';
  });
  return filled.reverse().join('').trim();
}

interface Part {
  text: string;
  slot: boolean;
}

/** The positive section: the format up to its first unquoted ";", conditions and colours dropped. */
function firstSection(format: string): string {
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    if (format[i] === '"') quoted = !quoted;
    else if (format[i] === '\\') i++;
    else if (format[i] === ';' && !quoted) return format.slice(0, i);
  }
  return format;
}

const LITERAL = /[\s+\-()/:]/;

function formatParts(format: string): Part[] | undefined {
  const parts: Part[] = [];
  const text = format.replace(/\[[^\]]*\]/g, '');
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '0' || char === '#' || char === '?') parts.push({ text: char, slot: true });
    else if (char === '\\' && i + 1 < text.length) parts.push({ text: text[++i], slot: false });
    else if (char === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) return undefined;
      parts.push({ text: text.slice(i + 1, end), slot: false });
      i = end;
    } else if (LITERAL.test(char)) parts.push({ text: char, slot: false });
    else return undefined; // "General", decimals, thousands, dates, percent, exponents…
  }
  return parts;
}
