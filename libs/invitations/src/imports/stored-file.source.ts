import { Readable } from 'node:stream';

/** Per read; the parser pulls the next slice only once it has used up the one before. */
const SLICE_BYTES = 256 * 1024;

export interface StoredFileSource {
  stream: Readable;
  bytesRead(): number;
}

/** Reads `length` bytes of the stored file from `offset`; null or empty past its end. */
export type SliceReader = (offset: number, length: number) => Promise<Buffer | null>;

/**
 * The upload kept in `visitor_imports.file`, read a slice at a time, so an import holds one
 * slice of the file instead of the whole of it (plus its hex text, twice the size, which is
 * how the driver receives a bytea).
 */
export function storedFileSource(readSlice: SliceReader, sizeBytes: number): StoredFileSource {
  let read = 0;
  async function* slices(): AsyncGenerator<Buffer> {
    while (read < sizeBytes) {
      const slice = await readSlice(read, SLICE_BYTES);
      if (!slice || slice.length === 0) {
        throw new Error(`the stored file ended after ${read} of ${sizeBytes} bytes`);
      }
      read += slice.length;
      yield slice;
    }
  }
  return { stream: Readable.from(slices(), { objectMode: false }), bytesRead: () => read };
}
