import { isUtf8 } from 'node:buffer';
import { json, NextFunction, Request, RequestHandler, Response, urlencoded } from 'express';
import { AppError } from '../errors/app-error';
import {
  bodyTooDeep,
  bodyTooLarge,
  forbiddenKey,
  invalidUtf8,
  loneSurrogate,
  unsupportedCharset,
} from './body-errors';
import { findBodyProblem } from './ill-formed-body';
import { jsonNestsDeeperThan } from './json-nesting';

export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;
export const FORM_BODY_LIMIT_BYTES = 100 * 1024;
/** The deepest DTO nests 4 levels (a plan import's booths and their neighbours); 32 is ample. */
export const JSON_MAX_DEPTH = 32;

/** A form's bytes after percent-decoding, where invalid UTF-8 hides from a raw-byte check. */
function percentDecoded(raw: Buffer): Buffer {
  const text = raw.toString('latin1');
  const out = Buffer.alloc(raw.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === '%' ? text.slice(i + 1, i + 3) : '';
    if (/^[0-9a-f]{2}$/i.test(hex)) {
      out[n++] = Number.parseInt(hex, 16);
      i += 2;
    } else {
      out[n++] = text.charCodeAt(i);
    }
  }
  return out.subarray(0, n);
}

function utf8Only(encoding: string): void {
  if (encoding !== 'utf-8') throw unsupportedCharset(encoding);
}

/** Body-parser's own errors, answered in the api's shape and naming the limit. */
function translate(error: unknown, limitBytes: number): unknown {
  if (error instanceof AppError) return error;
  const type = (error as { type?: string })?.type;
  if (type === 'entity.too.large') return bodyTooLarge(limitBytes);
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
    return unsupportedCharset(String((error as { charset?: string }).charset ?? 'unknown'));
  }
  return error;
}

/** Runs a body parser, then refuses what it let through that no field may hold. */
function checked(parser: RequestHandler, limitBytes: number): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const before: unknown = request.body;
    void parser(request, response, (error?: unknown) => {
      if (error) return next(translate(error, limitBytes));
      if (request.body === before) return next();
      const problem = findBodyProblem(request.body);
      if (!problem) return next();
      next(
        problem.problem === 'forbidden_key'
          ? forbiddenKey(problem.field)
          : loneSurrogate(problem.field),
      );
    });
  };
}

/**
 * The api's JSON and form parsers. A body is refused before it becomes objects when it is over
 * the size limit (413), not UTF-8 (400, rather than U+FFFD stored) or nested deeper than
 * JSON_MAX_DEPTH (400: a deep body overflowed validation's recursion and cost CPU per level).
 */
export function bodyParsers(): RequestHandler[] {
  const parseJson = json({
    limit: JSON_BODY_LIMIT_BYTES,
    verify: (_request, _response, raw, encoding) => {
      utf8Only(encoding);
      if (!isUtf8(raw)) throw invalidUtf8();
      if (jsonNestsDeeperThan(raw, JSON_MAX_DEPTH)) throw bodyTooDeep(JSON_MAX_DEPTH);
    },
  });
  const parseForm = urlencoded({
    limit: FORM_BODY_LIMIT_BYTES,
    extended: false,
    verify: (_request, _response, raw, encoding) => {
      utf8Only(encoding);
      if (!isUtf8(percentDecoded(raw))) throw invalidUtf8();
    },
  });
  return [checked(parseJson, JSON_BODY_LIMIT_BYTES), checked(parseForm, FORM_BODY_LIMIT_BYTES)];
}
