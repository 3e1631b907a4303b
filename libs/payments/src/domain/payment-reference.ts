/**
 * Finding an application's payment reference (`HC-` + 10 upper-case hex digits, e.g.
 * `HC-3F2A9B10C4`) in a bank transfer's free text. Banks and payers mangle it: accents
 * ("HC-3F2A 9B10 C4 chuyển khoản"), case, spaces, dots, dashes or nothing between the parts,
 * and some banks cut "-" out entirely. Pure.
 */
const HEX_DIGITS = 10;

/** Upper case, no diacritics (Đ → D), every run of non-alphanumerics one space. */
export function foldTransferText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

// "HC", then 10 hex digits with optional spaces between any of them, ending at a word edge.
const CANDIDATE = new RegExp(`(?:^| )HC ?((?:[0-9A-F] ?){${HEX_DIGITS - 1}}[0-9A-F])(?= |$)`, 'g');

/**
 * The references named in the text, in canonical form (`HC-…`), first seen first, without
 * repeats. `known` (when given) keeps only references that exist, which resolves a reference
 * glued to a following word ("HC3F2A9B10C4NOP": no word edge, so not found).
 */
export function findReferences(text: string, known?: ReadonlySet<string>): string[] {
  const folded = foldTransferText(text);
  const found: string[] = [];
  for (const match of folded.matchAll(CANDIDATE)) {
    const reference = `HC-${match[1].replace(/ /g, '')}`;
    if (known && !known.has(reference)) continue;
    if (!found.includes(reference)) found.push(reference);
  }
  return found;
}

/** The canonical form of a reference someone typed, or null if it is not one. */
export function canonicalReference(input: string): string | null {
  const [first] = findReferences(input);
  return first && foldTransferText(input).replace(/ /g, '') === first.replace('-', '')
    ? first
    : null;
}
