/** Ids per query: one round trip for tens of thousands of visitors (36 bytes each). */
export const ID_CHUNK = 50_000;
/** Below every uuid: where a keyset walk over ids starts. */
export const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** Up to `limit` ids after `after`, in id order. */
export type IdChunkReader = (after: string, limit: number) => Promise<string[]>;

/**
 * Pages of ids read in large chunks (for a campaign: its audience not yet invited, one
 * anti-join against the invitations per chunk), so reading the next page never waits on the
 * database and the pages' own work runs side by side; a page of visitors used to be read one
 * query at a time, each waiting for the previous.
 */
export function audiencePages(
  readChunk: IdChunkReader,
  pageSize: number,
): () => Promise<string[] | undefined> {
  let buffered: string[] = [];
  let after = NIL_UUID;
  let exhausted = false;
  return async () => {
    if (buffered.length === 0 && !exhausted) {
      buffered = await readChunk(after, ID_CHUNK);
      exhausted = buffered.length < ID_CHUNK;
      if (buffered.length) after = buffered[buffered.length - 1];
    }
    if (buffered.length === 0) return undefined;
    return buffered.splice(0, pageSize);
  };
}
