/**
 * PostgreSQL's COPY text format, for rows streamed into a staging table: tab between columns,
 * newline after each row, `\N` for NULL, and backslash escapes for what would break the layout.
 */

const SPECIAL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export type CopyValue = string | number | boolean | null | undefined | readonly string[];

/** A text[] literal: {"a","b \"c\""}. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

function field(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  const text = typeof value === 'string' ? value : arrayLiteral(value);
  return text.replace(SPECIAL, (c) => ESCAPES[c]);
}

/** One row, its line ending included. */
export function copyRow(values: readonly CopyValue[]): string {
  return `${values.map(field).join('\t')}\n`;
}
