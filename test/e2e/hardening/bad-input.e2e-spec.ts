import request from 'supertest';
import { createTestApp, TestApp } from '../../support/test-app';
import { changedTables, fingerprint } from './support/database-fingerprint';
import { DemoWorld, demoWorld, Session } from './support/demo-world';
import { malformedVariants } from './support/malformed-variants';
import { BodyOperation, bodyOperations, OpenApiDocument, sample } from './support/openapi-samples';
import { send, sessionFor } from './support/send';

/** Limits high enough that no rate limit answers before the body is looked at. */
const NO_RATE_LIMITS = {
  RATE_LIMIT_LOGIN_PER_MINUTE: '100000',
  RATE_LIMIT_SIGNUP_PER_HOUR: '100000',
  RATE_LIMIT_RESET_PER_HOUR: '100000',
  RATE_LIMIT_PUBLIC_PER_MINUTE: '100000',
};

const WRONG_TYPE = { status: 415, code: 'unsupported_media_type' };

interface Outcome {
  route: string;
  variant: string;
  status: number;
  code?: string;
  field?: string;
  /** The right refusals, where they are known for this variant on this route. */
  expected?: { status: number; code: string; field?: string }[];
}

describe('bad input on every body route of the OpenAPI document', () => {
  let t: TestApp;
  let world: DemoWorld;
  let doc: OpenApiDocument;
  let operations: BodyOperation[];
  const sessions = new Map<BodyOperation, Session>();

  beforeAll(async () => {
    // No workers: the demo's queued mail would otherwise change the outbox under the check.
    t = await createTestApp({ RUN_WORKERS: 'false', ...NO_RATE_LIMITS });
    world = await demoWorld(t);
    doc = (await request(t.http).get('/docs-json').expect(200)).body;
    operations = bodyOperations(doc);
  });
  afterAll(() => t.close());

  const route = (operation: BodyOperation) => `${operation.method.toUpperCase()} ${operation.path}`;

  it('refuses every malformed body with a 4xx, never a 5xx, and writes nothing', async () => {
    expect(operations.length).toBeGreaterThan(50);
    const before = await fingerprint(t.dataSource);
    const outcomes: Outcome[] = [];
    const unreachable: string[] = [];
    for (const operation of operations) {
      const variants = malformedVariants(sample(doc, operation.schema));
      const probe = variants.find((v) => v.name === 'unknown property')!;
      const session = await sessionFor(t, world, operation, probe);
      if (!session) {
        unreachable.push(route(operation));
        continue;
      }
      sessions.set(operation, session);
      const path = world.fill(operation.path);
      for (const variant of variants) {
        const answer = await send(
          t,
          operation.method,
          path,
          session,
          variant.contentType,
          variant.body,
        );
        const takesJson = operation.mediaTypes.includes('application/json');
        outcomes.push({
          route: route(operation),
          variant: variant.name,
          status: answer.status,
          code: answer.code,
          field: answer.fields[0]?.field,
          // A route that takes no JSON refuses it as the wrong type, unless the JSON parser
          // (deep, huge, not UTF-8, bad text) already did.
          expected: takesJson
            ? variant.refusal && [variant.refusal]
            : [WRONG_TYPE, ...(variant.refusal ? [variant.refusal] : [])],
        });
      }
    }
    const after = await fingerprint(t.dataSource);
    const failures = outcomes.filter((o) => o.status >= 500);
    // A malformed body is refused: a 4xx, never a success, and the right one where it is known.
    const accepted = outcomes.filter(
      (o) =>
        o.status < 400 ||
        o.status >= 500 ||
        (o.expected &&
          !o.expected.some(
            (e) => o.status === e.status && o.code === e.code && (!e.field || o.field === e.field),
          )),
    );
    process.stdout.write(
      `bad input: ${outcomes.length} malformed requests to ${sessions.size} body routes, ` +
        `${failures.length} answered 5xx` +
        (world.invented.size ? ` (random ids for: ${[...world.invented].join(', ')})` : '') +
        '\n' +
        accepted
          .map((f) => `  ${f.status} ${f.route} ← ${f.variant} (${f.code} ${f.field ?? ''})\n`)
          .join(''),
    );
    expect(unreachable).toEqual([]);
    expect(failures).toEqual([]);
    expect(accepted).toEqual([]);
    expect(changedTables(before, after)).toEqual([]);
  });
});
