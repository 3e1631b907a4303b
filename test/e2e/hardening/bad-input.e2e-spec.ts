import { isDeepStrictEqual } from 'node:util';
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
/** Fields a successful write changes by itself. */
const VOLATILE = new Set(['updatedAt', 'version']);
/**
 * Rules that tie a field to others, so that a one-field PATCH may rightly change or name them
 * too; anything else a one-field PATCH changes or names is a fault.
 */
const RELATED: Record<string, string[]> = {
  // Moving a village to another province drops a commune that was not sent along.
  'PATCH /api/v1/craft-villages/{villageId} {provinceCode}': ['communeCode'],
  // The application window and withdrawal deadline must end before the fair's first day.
  'PATCH /api/v1/fairs/{fairId} {days}': ['applicationsCloseAt', 'withdrawalDeadline'],
  // A plan's geometry: a booth's code is in its neighbours' lists, its place must be free.
  'PATCH /api/v1/fairs/{fairId}/booths/{boothId} {code}': ['neighbours'],
  'PATCH /api/v1/fairs/{fairId}/booths/{boothId} {x}': ['position'],
};
/** Only a draft application can be edited: the answer names its status, not the body. */
const STATE_FIELDS = ['status'];

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

  /** Probed with a body no route takes (an unknown field), so the probe writes nothing either. */
  async function sessionOf(operation: BodyOperation): Promise<Session | undefined> {
    if (!sessions.has(operation)) {
      const probe = malformedVariants(sample(doc, operation.schema)).find(
        (v) => v.name === 'unknown property',
      )!;
      const session = await sessionFor(t, world, operation, probe);
      if (session) sessions.set(operation, session);
    }
    return sessions.get(operation);
  }

  it('refuses every malformed body with a 4xx, never a 5xx, and writes nothing', async () => {
    expect(operations.length).toBeGreaterThan(50);
    const before = await fingerprint(t.dataSource);
    const outcomes: Outcome[] = [];
    const unreachable: string[] = [];
    for (const operation of operations) {
      const variants = malformedVariants(sample(doc, operation.schema));
      const session = await sessionOf(operation);
      if (!session) {
        unreachable.push(route(operation));
        continue;
      }
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
        // A route refuses a type it does not take (415), unless the JSON parser (deep, huge,
        // not UTF-8, bad text) already refused the body; a type it takes gets read as such.
        const takesIt = operation.mediaTypes.includes(variant.contentType.split(';')[0]);
        const typeVariant = variant.refusal?.status === WRONG_TYPE.status;
        outcomes.push({
          route: route(operation),
          variant: variant.name,
          status: answer.status,
          code: answer.code,
          field: answer.fields[0]?.field,
          expected: takesIt
            ? variant.refusal && !typeVariant
              ? [variant.refusal]
              : undefined
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

  it('changes exactly the one field a PATCH names, or answers 4xx and changes nothing', async () => {
    const problems: string[] = [];
    let requests = 0;
    for (const operation of operations.filter((o) => o.method === 'patch')) {
      const session = await sessionOf(operation);
      const path = world.fill(operation.path);
      const plausible = sample(doc, operation.schema) as Record<string, unknown>;
      const readable = Boolean(doc.paths[operation.path].get);
      const read = async () => {
        let call = request(t.http).get(path);
        if (session?.token) call = call.set('Authorization', `Bearer ${session.token}`);
        // A route filled with an invented id has no row to read back.
        const response = await call;
        return response.status === 200 ? (response.body as Record<string, unknown>) : undefined;
      };
      for (const [key, value] of Object.entries(plausible)) {
        const where = `PATCH ${operation.path} {${key}}`;
        const related = new Set([key, ...(RELATED[where] ?? [])]);
        const before = await fingerprint(t.dataSource);
        const shown = readable ? await read() : undefined;
        const answer = await send(
          t,
          'patch',
          path,
          session!,
          'application/json',
          JSON.stringify({ [key]: value }),
        );
        requests++;
        if (answer.status >= 500) {
          problems.push(`${where}: ${answer.status} ${answer.code}`);
        } else if (answer.status >= 400) {
          const changed = changedTables(before, await fingerprint(t.dataSource));
          if (changed.length) problems.push(`${where}: ${answer.status}, yet ${changed} changed`);
          const others = answer.fields
            .map((f) => f.field)
            .filter((field) => !related.has(field) && !field.startsWith(`${key}.`))
            .filter((field) => !(answer.status === 409 && STATE_FIELDS.includes(field)));
          if (others.length) problems.push(`${where}: ${answer.status} naming ${others}`);
        } else if (shown) {
          const after = (await read()) ?? {};
          const alsoChanged = Object.keys({ ...shown, ...after }).filter(
            (field) =>
              !related.has(field) &&
              !VOLATILE.has(field) &&
              !isDeepStrictEqual(shown[field], after[field]),
          );
          if (alsoChanged.length) problems.push(`${where}: also changed ${alsoChanged}`);
        }
      }
    }
    process.stdout.write(
      `single-field PATCH: ${requests} requests, ${problems.length} problems\n` +
        problems.map((p) => `  ${p}\n`).join(''),
    );
    expect(requests).toBeGreaterThan(30);
    expect(problems).toEqual([]);
  });
});
