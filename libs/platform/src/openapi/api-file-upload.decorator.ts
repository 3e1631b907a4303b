import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiExtension } from '@nestjs/swagger';
import { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { RAW_BODIES_EXTENSION, RawBodies } from './openapi-extensions';

export interface FileUploadDoc {
  /** The multipart field that carries the file. */
  file: string;
  description?: string;
  /** Other form fields sent beside the file. */
  fields?: Record<string, SchemaObject>;
  /** The same upload sent as the raw body, by media type (text/csv, application/json…). */
  raw?: RawBodies;
}

/**
 * Documents a route that takes a file: a multipart/form-data body with the file field and any
 * other fields, and optionally the same content sent as a raw body of other media types.
 */
export function ApiFileUpload(doc: FileUploadDoc): MethodDecorator {
  const raw = doc.raw ?? {};
  return applyDecorators(
    ApiConsumes('multipart/form-data', ...Object.keys(raw)),
    ApiBody({
      description: doc.description,
      required: true,
      schema: {
        type: 'object',
        required: [doc.file],
        properties: { [doc.file]: { type: 'string', format: 'binary' }, ...doc.fields },
      },
    }),
    ...(Object.keys(raw).length ? [ApiExtension(RAW_BODIES_EXTENSION, raw)] : []),
  );
}
