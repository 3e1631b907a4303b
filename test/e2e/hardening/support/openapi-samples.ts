/** Reads the app's own OpenAPI document: which operations take a body, and a plausible one. */

export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  minimum?: number;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

interface Operation {
  requestBody?: { content: Record<string, { schema: Schema }> };
  security?: unknown[];
}

export interface BodyOperation {
  method: 'post' | 'put' | 'patch';
  /** The documented path, `{param}` placeholders kept. */
  path: string;
  mediaTypes: string[];
  /** Whether the document says the route needs a session. */
  signedIn: boolean;
  schema: Schema;
}

export function bodyOperations(doc: OpenApiDocument): BodyOperation[] {
  const found: BodyOperation[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const method of ['post', 'put', 'patch'] as const) {
      const operation = operations[method];
      if (!operation?.requestBody) continue;
      const content = operation.requestBody.content;
      const mediaTypes = Object.keys(content);
      const json = content['application/json']?.schema;
      found.push({
        method,
        path,
        mediaTypes,
        signedIn: Boolean(operation.security?.length),
        schema: resolve(doc, json ?? content[mediaTypes[0]].schema),
      });
    }
  }
  return found;
}

/** Follows `$ref` and flattens a one-element `allOf` (how Nest documents a nullable nested DTO). */
export function resolve(doc: OpenApiDocument, schema: Schema): Schema {
  if (schema.$ref) return resolve(doc, doc.components.schemas[schema.$ref.split('/').pop()!]);
  if (schema.allOf?.length === 1) return { ...schema, ...resolve(doc, schema.allOf[0]) };
  return schema;
}

/**
 * A value the schema would plausibly accept: its example where it has one, else one made from
 * its type. It need not pass validation: each malformed variant breaks one thing of it.
 */
export function sample(doc: OpenApiDocument, raw: Schema, depth = 0): unknown {
  const schema = resolve(doc, raw);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.properties && depth < 4) {
    return Object.fromEntries(
      Object.entries(schema.properties).map(([key, property]) => [
        key,
        sample(doc, property, depth + 1),
      ]),
    );
  }
  switch (schema.type) {
    case 'array':
      return schema.items && depth < 4 ? [sample(doc, schema.items, depth + 1)] : [];
    case 'number':
    case 'integer':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'object':
      return {};
    default:
      return stringSample(schema.format);
  }
}

function stringSample(format: string | undefined): string {
  switch (format) {
    case 'uuid':
      return '0190a5b8-7c3e-7000-8000-000000000001';
    case 'email':
      return 'nguoi-thu@example.vn';
    case 'date':
      return '2026-10-10';
    case 'date-time':
      return '2026-10-10T08:00:00+07:00';
    default:
      return 'Làng nghề';
  }
}

/** Paths to every string inside a value (`name`, `days.0.date`), for one variant each. */
export function stringPaths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value === 'string') return [prefix];
  if (Array.isArray(value))
    return value.flatMap((item, i) => stringPaths(item, [...prefix, `${i}`]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...prefix, key]));
  }
  return [];
}

/** A deep copy of `value` with the leaf at `path` replaced. */
export function replaceAt(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    return value.map((item, i) => (`${i}` === head ? replaceAt(item, rest, replacement) : item));
  }
  const object = value as Record<string, unknown>;
  return { ...object, [head]: replaceAt(object[head], rest, replacement) };
}
