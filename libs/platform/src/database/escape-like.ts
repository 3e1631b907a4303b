/** `text` matched literally inside a LIKE pattern: its `%`, `_` and `\` lose their meaning. */
export const escapeLike = (text: string): string => text.replace(/[%_\\]/g, '\\$&');
