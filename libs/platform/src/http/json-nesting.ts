const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x5b, 0x7b]); // [ {
const CLOSERS = new Set([0x5d, 0x7d]); // ] }

/**
 * Whether UTF-8 JSON text nests arrays and objects deeper than `max`, read byte by byte before
 * it is parsed: brackets inside strings do not count. One pass, no allocation, so a body of a
 * hundred thousand brackets costs microseconds instead of the parser's and validator's
 * recursion (which overflows the stack). Bytes of multi-byte UTF-8 characters are all ≥ 0x80,
 * so they never look like a quote, a backslash or a bracket.
 */
export function jsonNestsDeeperThan(bytes: Uint8Array, max: number): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const byte of bytes) {
    if (inString) {
      if (escaped) escaped = false;
      else if (byte === BACKSLASH) escaped = true;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (OPENERS.has(byte)) {
      if (++depth > max) return true;
    } else if (CLOSERS.has(byte)) {
      depth--;
    }
  }
  return false;
}
