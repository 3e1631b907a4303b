import { AppError } from '../errors/app-error';

/*
 * The answers to bodies refused before validation. Codes: body_too_deep, payload_too_large,
 * invalid_utf8, unsupported_charset, unsupported_media_type; a lone surrogate or a prototype
 * key is a validation_failed naming the field, like any other bad field.
 */

const sizeText = (bytes: number) =>
  bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${Math.round(bytes / 1024)} kB`;

export const bodyTooDeep = (maxDepth: number) =>
  new AppError(
    'validation',
    'body_too_deep',
    `The body nests arrays and objects deeper than ${maxDepth} levels`,
    [{ field: 'body', message: `must not nest deeper than ${maxDepth} levels` }],
    { maxDepth },
  );

export const bodyTooLarge = (limitBytes: number) =>
  new AppError(
    'too_large',
    'payload_too_large',
    `The body is larger than ${sizeText(limitBytes)}`,
    [{ field: 'body', message: `must be at most ${sizeText(limitBytes)}` }],
    { limitBytes },
  );

export const invalidUtf8 = () =>
  new AppError('validation', 'invalid_utf8', 'The body is not valid UTF-8 text', [
    { field: 'body', message: 'must be UTF-8 text' },
  ]);

export const unsupportedCharset = (charset: string) =>
  new AppError(
    'unsupported_media_type',
    'unsupported_charset',
    `The body must be UTF-8, not ${charset}`,
    [{ field: 'body', message: 'must be UTF-8 text' }],
  );

export const unsupportedMediaType = (sent: string, accepted: readonly string[]) =>
  new AppError(
    'unsupported_media_type',
    'unsupported_media_type',
    `This route takes ${accepted.join(' or ')}, not ${sent}`,
    [{ field: 'content-type', message: `must be ${accepted.join(' or ')}` }],
    { accepted },
  );

export const loneSurrogate = (field: string) =>
  AppError.validation([
    { field, message: 'must be well-formed Unicode text (it holds a lone surrogate)' },
  ]);

export const forbiddenKey = (field: string) =>
  AppError.validation([{ field, message: 'should not exist' }]);
