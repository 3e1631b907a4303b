/**
 * Command line: `npm run --silent allocate -- instance.json > result.json` (or `-` to read the
 * instance from standard input). Writes the result JSON to standard output. A missing or
 * unreadable file, bad JSON or an invalid instance exits non-zero with one line on stderr.
 */
import { readFileSync } from 'fs';
import { allocate, InvalidInstanceError } from '../engine';

export interface CliIo {
  readFile(path: string | 0): string;
  out(text: string): void;
  err(line: string): void;
}

const USAGE = 'usage: npm run --silent allocate -- <instance.json | ->';

/** Runs the command; returns the exit code. */
export function main(args: string[], io: CliIo): number {
  const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') {
    io.err(USAGE);
    return 2;
  }
  const source = args[0];
  const name = source === '-' ? 'standard input' : source;
  let text: string;
  try {
    text = io.readFile(source === '-' ? 0 : source);
  } catch (e) {
    io.err(oneLine(`cannot read ${name}: ${(e as Error).message}`));
    return 1;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    io.err(oneLine(`${name} is not valid JSON: ${(e as Error).message}`));
    return 1;
  }
  try {
    io.out(JSON.stringify(allocate(raw), null, 2) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof InvalidInstanceError) {
      io.err(oneLine(`invalid instance: ${e.message}`));
      return 1;
    }
    io.err(oneLine(`allocation failed: ${(e as Error).message}`));
    return 1;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2), {
    readFile: (path) => readFileSync(path, 'utf8'),
    out: (text) => process.stdout.write(text),
    err: (line) => process.stderr.write(line + '\n'),
  });
}
