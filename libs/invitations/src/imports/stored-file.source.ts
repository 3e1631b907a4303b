import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';

/** Per query; the parser pulls the next slice only once it has used up the one before. */
const SLICE_BYTES = 256 * 1024;

export interface StoredFileSource {
  stream: Readable;
  bytesRead(): number;
}

/**
 * The upload kept in `visitor_imports.file`, read a slice at a time with `substring`, so an
 * import holds one slice of the file instead of the whole of it (plus its hex text, twice the
 * size, which is how the driver receives a bytea). The column is stored uncompressed
 * (STORAGE EXTERNAL), so each slice reads only its own TOAST chunks.
 */
export function storedFileSource(
  dataSource: DataSource,
  importId: string,
  sizeBytes: number,
): StoredFileSource {
  let read = 0;
  async function* slices(): AsyncGenerator<Buffer> {
    while (read < sizeBytes) {
      const [row] = (await dataSource.query(
        // substring counts from 1.
        'SELECT substring(file FROM $2 FOR $3) AS slice FROM visitor_imports WHERE id = $1',
        [importId, read + 1, SLICE_BYTES],
      )) as { slice: Buffer | null }[];
      if (!row?.slice || row.slice.length === 0) {
        throw new Error(`the stored file ended after ${read} of ${sizeBytes} bytes`);
      }
      read += row.slice.length;
      yield row.slice;
    }
  }
  return { stream: Readable.from(slices(), { objectMode: false }), bytesRead: () => read };
}
