/** A `next` parameter we may send the user to after signing in: a path of ours, nothing else. */
export function safeNext(next: string | null): string | undefined {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\'))
    return undefined;
  return next;
}
