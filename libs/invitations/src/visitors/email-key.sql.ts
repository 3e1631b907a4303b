/**
 * A stored address as the unique index `visitors_body_email_key` compares it: its bytes
 * (text_ops, COLLATE "C"). A condition written with it reaches that index.
 */
export const emailKey = (column: string): string => `${column}::text COLLATE "C"`;

/**
 * citext's equality (lower() of both sides) for a stored address: the stored one equals its own
 * lower() (`visitors_email_check`), so only the address looked for needs lower-casing.
 */
export const sameEmail = (column: string, value: string): string =>
  `${emailKey(column)} = lower(${value})`;
