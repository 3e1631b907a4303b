import { CsvError, parse } from 'csv-parse/sync';
import { Booth, BoothPlan, PlanReference } from './plan.types';
import { PlanIssue, PlanValidationError } from './plan-validation.error';
import { validatePlan } from './plan-validator';
import {
  normaliseBoothCode,
  PLAN_COLUMNS,
  PlanColumn,
  readBoothRow,
  REQUIRED_COLUMNS,
} from './plan-row.reader';

/*
 * Booth plans arrive as CSV (often saved from Excel) or JSON. Parsing is all or nothing: the
 * result is a complete, valid plan, or a PlanValidationError listing every problem with its
 * line, so the caller never stores half a floor plan.
 */

/** What csv-parse returns per record with `info` and `raw` on (its typings do not say so). */
interface CsvRecord {
  record: string[];
  info: { lines: number };
  raw: string;
}

interface SourceRow {
  line?: number;
  /** Put before a column name in issues: "" for CSV, "booths[3]." for JSON. */
  fieldPrefix: string;
  fields: Partial<Record<PlanColumn, unknown>>;
}

function fail(issues: PlanIssue[]): never {
  throw new PlanValidationError(issues);
}

function decodeUtf8(source: string | Uint8Array): string {
  if (typeof source === 'string') return source;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(source); // drops a BOM too
  } catch {
    return fail([
      {
        field: 'file',
        code: 'file_not_utf8',
        message: 'the file is not UTF-8 text; save it as "CSV UTF-8"',
      },
    ]);
  }
}

/** First line of a record from csv-parse's end line and raw text (which carries skipped blank lines). */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^(?:[ \t]*\n)*/, '').replace(/\n$/, '');
  return endLine - (body.match(/\n/g)?.length ?? 0);
}

/** Splits the text into records; the delimiter is whichever of ; and , the header has more of. */
function readCsvRecords(text: string): CsvRecord[] {
  const headerLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const count = (char: string) => headerLine.split(char).length - 1;
  try {
    return parse(text, {
      delimiter: count(';') > count(',') ? ';' : ',',
      info: true,
      raw: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as CsvRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === 'number' ? error.lines : undefined;
    return fail([
      {
        line,
        field: 'file',
        code: 'csv_malformed',
        params: { detail: error.message },
        message: error.message,
      },
    ]);
  }
}

/** Column names in file order, lower-cased; trailing unnamed columns (Excel's ";;") dropped. */
function readHeader(header: CsvRecord): PlanColumn[] {
  const line = startLine(header.info.lines, header.raw);
  const names = header.record.map((name) => name.toLowerCase());
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  const issues: PlanIssue[] = [];
  names.forEach((name, i) => {
    if (name === '') {
      issues.push({
        line,
        field: `column ${i + 1}`,
        code: 'column_unnamed',
        params: { column: i + 1 },
        message: 'column has no name',
      });
    } else if (!(PLAN_COLUMNS as readonly string[]).includes(name)) {
      const message = `unknown column; expected ${PLAN_COLUMNS.join(', ')}`;
      issues.push({
        line,
        field: header.record[i],
        code: 'column_unknown',
        params: { column: header.record[i], expected: PLAN_COLUMNS.join(', ') },
        message,
      });
    } else if (names.indexOf(name) !== i) {
      issues.push({ line, field: name, code: 'column_twice', message: 'column appears twice' });
    }
  });
  for (const required of REQUIRED_COLUMNS) {
    if (!names.includes(required)) {
      issues.push({ line, field: required, code: 'column_missing', message: 'missing column' });
    }
  }
  return issues.length > 0 ? fail(issues) : (names as PlanColumn[]);
}

/**
 * Parses CSV with the header code,zone,type,x,y,width,height[,corner,blocked,neighbours] in
 * any order. Comma or semicolon delimited; a BOM is ignored. Lines are physical lines of the
 * file, the header being line 1.
 */
export function parsePlanCsv(source: string | Uint8Array, reference: PlanReference): BoothPlan {
  // One newline form keeps csv-parse's line count equal to what an editor shows.
  const text = decodeUtf8(source)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  const [header, ...body] = readCsvRecords(text);
  if (!header)
    return fail([{ line: 1, field: 'file', code: 'file_empty', message: 'the file is empty' }]);
  const columns = readHeader(header);

  const rows: SourceRow[] = [];
  const issues: PlanIssue[] = [];
  for (const { record, info, raw } of body) {
    if (record.every((cell) => cell === '')) continue; // Excel leaves ";;;;" rows behind
    const line = startLine(info.lines, raw);
    const extra = record.slice(columns.length).filter((cell) => cell !== '');
    if (extra.length > 0) {
      const message = `${columns.length + extra.length} values for ${columns.length} columns`;
      issues.push({
        line,
        field: 'row',
        code: 'row_extra_values',
        params: { values: columns.length + extra.length, columns: columns.length },
        message,
      });
    }
    const fields: SourceRow['fields'] = {};
    columns.forEach((name, i) => (fields[name] = record[i]));
    rows.push({ line, fieldPrefix: '', fields });
  }
  return buildPlan(rows, reference, issues);
}

/** Parses `{ "booths": [ … ] }` or a bare array of booths with the CSV's field names. */
export function parsePlanJson(source: string | Uint8Array, reference: PlanReference): BoothPlan {
  let data: unknown;
  try {
    data = JSON.parse(decodeUtf8(source).replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof PlanValidationError) throw error;
    const detail = (error as Error).message;
    return fail([
      {
        field: 'file',
        code: 'json_malformed',
        params: { detail },
        message: `not valid JSON: ${detail}`,
      },
    ]);
  }
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(data)) {
    const extra = Object.keys(data).filter((key) => key !== 'booths');
    if (extra.length > 0) {
      fail(
        extra.map((key) => ({
          field: key,
          code: 'field_not_booths' as const,
          message: 'unknown field; only "booths" is read',
        })),
      );
    }
    data = data.booths;
  }
  if (!Array.isArray(data)) {
    return fail([
      { field: 'booths', code: 'booths_not_array', message: 'must be an array of booths' },
    ]);
  }

  const rows: SourceRow[] = [];
  const shapeIssues: PlanIssue[] = [];
  data.forEach((item, i) => {
    const path = `booths[${i}]`;
    if (!isObject(item)) {
      shapeIssues.push({ field: path, code: 'booth_not_object', message: 'must be an object' });
      return;
    }
    for (const key of Object.keys(item)) {
      if (!(PLAN_COLUMNS as readonly string[]).includes(key)) {
        shapeIssues.push({
          field: `${path}.${key}`,
          code: 'field_unknown',
          message: 'unknown field',
        });
      }
    }
    // Still read the known fields, so the other booths' checks see this one.
    rows.push({ fieldPrefix: `${path}.`, fields: item });
  });
  return buildPlan(rows, reference, shapeIssues);
}

function buildPlan(rows: SourceRow[], reference: PlanReference, earlier: PlanIssue[]): BoothPlan {
  const issues = [...earlier];
  const booths: Booth[] = [];
  const lines: (number | undefined)[] = [];
  const unparsedCodes = new Set<string>();
  for (const row of rows) {
    const result = readBoothRow(row.fields, reference);
    if (result.ok) {
      booths.push(result.booth);
      lines.push(row.line);
      continue;
    }
    const code = typeof row.fields.code === 'string' ? normaliseBoothCode(row.fields.code) : '';
    if (code) unparsedCodes.add(code);
    for (const problem of result.problems) {
      issues.push({
        line: row.line,
        booth: code || undefined,
        field: row.fieldPrefix + problem.column,
        code: problem.code,
        ...(problem.params ? { params: problem.params } : {}),
        message: problem.message,
      });
    }
  }
  if (rows.length === 0 && issues.length === 0) {
    issues.push({ field: 'file', code: 'no_booths', message: 'the plan has no booths' });
  }

  const plan: BoothPlan = { zones: reference.zones, boothTypes: reference.boothTypes, booths };
  issues.push(...validatePlan(plan, { lines, unparsedCodes }));
  if (issues.length > 0) {
    fail(issues.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity)));
  }
  return plan;
}
