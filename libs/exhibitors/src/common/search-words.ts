/**
 * A search query as LIKE patterns, one per word: every word must appear somewhere in the
 * search key. The words still need `hc_search_key()` in SQL (it strips diacritics and maps
 * đ/Đ the way the stored keys were built); here they are only split and escaped.
 */
export function searchPatterns(query: string | undefined, maxWords = 8): string[] {
  if (!query) return [];
  return query
    .normalize('NFC')
    .split(/\s+/)
    .filter((word) => word !== '')
    .slice(0, maxWords)
    .map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

/**
 * SQL conditions `column LIKE hc_search_key($n)` for each pattern, with the parameters
 * appended to `params` (so numbering continues from what the caller already has).
 */
export function searchConditions(column: string, query: string | undefined, params: unknown[]) {
  return searchPatterns(query).map((pattern) => {
    params.push(pattern);
    return `${column} LIKE hc_search_key($${params.length})`;
  });
}
