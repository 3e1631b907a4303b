import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * The floor an import cannot beat: the same CSV file sent by COPY, as PostgreSQL parses it,
 * into a table with the file's columns as text, no index, no check, no merge. Answers the
 * rows it holds afterwards and the milliseconds the COPY took.
 */
export async function bareCopy(
  databaseUrl: string,
  file: Buffer,
  columns: number,
): Promise<{ rows: number; ms: number }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const cells = Array.from({ length: columns }, (_, i) => `c${i} text`).join(', ');
    await client.query(
      `DROP TABLE IF EXISTS bench_bare_copy; CREATE TABLE bench_bare_copy (${cells})`,
    );
    // Without the BOM, which PostgreSQL would keep in the header's first cell.
    const body = file[0] === 0xef && file[1] === 0xbb && file[2] === 0xbf ? file.subarray(3) : file;
    const started = performance.now();
    await pipeline(
      Readable.from(chunks(body)),
      client.query(copyFrom('COPY bench_bare_copy FROM STDIN (FORMAT csv, HEADER true)')),
    );
    const ms = performance.now() - started;
    const { rows } = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM bench_bare_copy',
    );
    await client.query('DROP TABLE bench_bare_copy');
    return { rows: rows[0].n, ms };
  } finally {
    await client.end();
  }
}

function* chunks(data: Buffer, size = 64 * 1024): Generator<Buffer> {
  for (let offset = 0; offset < data.length; offset += size) {
    yield data.subarray(offset, offset + size);
  }
}
