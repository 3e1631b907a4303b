import { JSON_BODY_LIMIT_BYTES } from '@hoicho/platform/http/body-parsers';
import { replaceAt, stringPaths } from './openapi-samples';

/** One malformed request body, as raw bytes with the content type it is sent under. */
export interface Variant {
  name: string;
  contentType: string;
  body: string | Buffer;
  /** The answer on a route that takes JSON, where one refusal is right whatever the route. */
  refusal?: { status: number; code: string; field?: string };
}

const JSON_TYPE = 'application/json';
/** Deep enough to overflow a recursive walk; 150,000 levels cost 0.5 s of CPU each before. */
const DEPTHS = [5_000, 150_000];
/** Just over the api's 1 MB JSON limit (with the plausible fields): a byte over is over. */
const HUGE_BYTES = JSON_BODY_LIMIT_BYTES + 1;

const json = (name: string, value: unknown, refusal?: Variant['refusal']): Variant => ({
  name,
  contentType: JSON_TYPE,
  body: JSON.stringify(value),
  refusal,
});
const WRONG_TYPE = { status: 415, code: 'unsupported_media_type' };

/** Each way a client, a bot or an attacker may get a body wrong, made from a plausible body. */
export function malformedVariants(plausible: unknown): Variant[] {
  const base =
    plausible && typeof plausible === 'object' && !Array.isArray(plausible)
      ? (plausible as Record<string, unknown>)
      : {};
  const keys = Object.keys(base);
  const first = keys[0] ?? 'name';
  const text = JSON.stringify(base);
  const variants: Variant[] = [
    ...DEPTHS.map((depth) => ({
      name: `nested ${depth} levels`,
      contentType: JSON_TYPE,
      body: `{"${first}":${'['.repeat(depth)}${']'.repeat(depth)}}`,
      refusal: { status: 400, code: 'body_too_deep' },
    })),
    json(
      'huge body',
      { ...base, [first]: 'x'.repeat(HUGE_BYTES) },
      { status: 413, code: 'payload_too_large' },
    ),
    { name: 'text/plain', contentType: 'text/plain', body: text, refusal: WRONG_TYPE },
    {
      name: 'application/xml',
      contentType: 'application/xml',
      body: `<?xml version="1.0"?><body><${first}>1</${first}></body>`,
      refusal: WRONG_TYPE,
    },
    {
      name: 'invalid UTF-8',
      contentType: `${JSON_TYPE}; charset=utf-8`,
      body: invalidUtf8(base),
      refusal: { status: 400, code: 'invalid_utf8' },
    },
    json('unknown property', { ...base, notAField: 'x' }),
    {
      name: '__proto__ property',
      contentType: JSON_TYPE,
      body: `{"__proto__":{"role":"admin"},${text.slice(1)}`.replace(/,}$/, '}'),
      refusal: { status: 400, code: 'validation_failed', field: '__proto__' },
    },
    ...stringPaths(base).map((path) =>
      json(`lone surrogate in ${path.join('.')}`, replaceAt(base, path, 'Làng \ud800 nghề'), {
        status: 400,
        code: 'validation_failed',
        field: path.join('.'),
      }),
    ),
    ...keys.map((key) => json(`wrong type of ${key}`, { ...base, [key]: wrongType(base[key]) })),
  ];
  return variants;
}

/** A value of another JSON type than the plausible one; never coercible into it. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return { text: value };
  return 'không phải kiểu này';
}

/** The plausible body with bytes that are not UTF-8 inside its first string (or a new one). */
function invalidUtf8(base: Record<string, unknown>): Buffer {
  const marker = 'INVALID_UTF8_HERE';
  const [path] = stringPaths(base);
  const marked = path ? replaceAt(base, path, marker) : { ...base, note: marker };
  const [before, after] = JSON.stringify(marked).split(marker);
  return Buffer.concat([
    Buffer.from(`${before}L`),
    Buffer.from([0xc3, 0x28, 0xff, 0xfe]),
    Buffer.from(`ng${after}`),
  ]);
}
