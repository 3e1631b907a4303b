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

/** `[column, value]` pairs a list filters on; an undefined value filters nothing. */
export type ColumnFilters = readonly (readonly [string, unknown])[];

/**
 * The WHERE clause of a list: every word of `query` in the table's `search_key`, and each
 * filter given as `column = value`; '' when there is nothing to filter.
 */
export function listWhere(query: string | undefined, filters: ColumnFilters, params: unknown[]) {
  const where = searchConditions('search_key', query, params);
  for (const [column, value] of filters) {
    if (value === undefined) continue;
    params.push(value);
    where.push(`${column} = $${params.length}`);
  }
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

/** A parameterised statement. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * The two statements of a list page: how many rows match, and the ids of one page in `order`.
 */
export function idPageStatements(
  list: { table: string; order: string; query?: string; filters: ColumnFilters },
  limit: number,
  offset: number,
): { count: Statement; page: Statement } {
  const params: unknown[] = [];
  const where = listWhere(list.query, list.filters, params);
  return {
    count: { sql: `SELECT count(*)::int AS total FROM ${list.table} ${where}`, params },
    page: {
      sql: `SELECT id FROM ${list.table} ${where} ORDER BY ${list.order}
             LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      params: [...params, limit, offset],
    },
  };
}
