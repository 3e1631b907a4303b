import { Readable, pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { detectDelimiter } from './delimiter';
import { ImportFileError, type SheetRow } from './sheet-row';

// Enough for any real header line; the delimiter is chosen from it before parsing starts.
const HEAD_LIMIT = 64 * 1024;

type ChunkIterator = AsyncIterator<Buffer | string>;

async function readHead(chunks: ChunkIterator): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  while (size < HEAD_LIMIT) {
    const next = await chunks.next();
    if (next.done) break;
    const part = Buffer.from(next.value);
    parts.push(part);
    size += part.length;
    if (part.includes(0x0a)) break;
  }
  return Buffer.concat(parts);
}

/** The peeked head followed by the rest of the source, still pulled one chunk at a time. */
async function* replay(head: Buffer, chunks: ChunkIterator): AsyncGenerator<Buffer> {
  try {
    yield head;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      yield Buffer.from(next.value);
    }
  } finally {
    // Stopping early (a header error, the caller breaking off) releases the source.
    await chunks.return?.();
  }
}

function newlinesIn(cells: readonly string[]): number {
  return cells.reduce((sum, cell) => sum + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
}

function crlfIn(cells: readonly string[]): number {
  return cells.reduce((sum, cell) => sum + (cell.match(/\r\n/g)?.length ?? 0), 0);
}

/**
 * Streams the records of a UTF-8 CSV (with or without BOM; comma, semicolon or tab) as rows
 * with the physical line each starts on. Blank lines are skipped; quoted fields may hold
 * delimiters and line breaks.
 */
export async function* readCsvRows(source: Readable): AsyncGenerator<SheetRow> {
  const chunks: ChunkIterator = source[Symbol.asyncIterator]();
  const head = await readHead(chunks);
  if (head.length >= 2 && (head.readUInt16BE(0) === 0xfffe || head.readUInt16BE(0) === 0xfeff)) {
    await chunks.return?.();
    throw new ImportFileError('The file is UTF-16 text; save it as "CSV UTF-8" and try again.', 1);
  }

  const parser = parse({
    bom: true,
    delimiter: detectDelimiter(head.toString('latin1')),
    info: true,
    relax_column_count: true,
    // A stray quote inside a cell (Công ty "Ánh Dương") is kept as text, as Excel does.
    relax_quotes: true,
    skip_empty_lines: true,
  });
  // Errors from the source or the parser surface through the iteration below.
  const records = pipeline(Readable.from(replay(head, chunks)), parser, () => undefined);

  // csv-parse counts a CRLF inside a quoted cell as two lines (CR, then LF), so every later
  // record would be a line too far; subtract what it over-counted so far.
  let overcounted = 0;
  try {
    for await (const { record, info } of records as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      overcounted += crlfIn(record);
      // info.lines is where the record ends; a quoted line break makes it start earlier.
      yield { line: info.lines - overcounted - newlinesIn(record), cells: record };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === 'number' ? error.lines : undefined;
      throw new ImportFileError(`The CSV cannot be read: ${error.message}`, line);
    }
    throw error;
  }
}
