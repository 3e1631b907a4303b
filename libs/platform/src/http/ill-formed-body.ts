/** What is wrong with one place of a parsed body, and where. */
export interface BodyProblem {
  field: string;
  problem: 'lone_surrogate' | 'forbidden_key';
}

/**
 * Keys that JSON.parse keeps as own properties but that name an object's prototype machinery
 * rather than a field; validation's whitelist does not see `__proto__`, so they are refused
 * here as the unknown fields they are.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** In a `u` regex a well-formed pair is one code point, so only a lone surrogate matches. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * The first string holding a lone UTF-16 surrogate (JSON's `\ud800` escape allows one; no
 * UTF-8 text can carry it, PostgreSQL would get U+FFFD, and some validators throw on it) or
 * the first forbidden key, with its path (`days.0.date`). The body's depth is already bounded.
 */
export function findBodyProblem(value: unknown, path: string[] = []): BodyProblem | undefined {
  if (typeof value === 'string') {
    return LONE_SURROGATE.test(value)
      ? { field: path.join('.') || 'body', problem: 'lone_surrogate' }
      : undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  const entries = Array.isArray(value)
    ? value.map((item, i) => [String(i), item] as const)
    : Object.entries(value);
  for (const [key, item] of entries) {
    const here = [...path, key];
    if (!Array.isArray(value) && FORBIDDEN_KEYS.has(key)) {
      return { field: here.join('.'), problem: 'forbidden_key' };
    }
    if (LONE_SURROGATE.test(key)) return { field: here.join('.'), problem: 'lone_surrogate' };
    const found = findBodyProblem(item, here);
    if (found) return found;
  }
  return undefined;
}
