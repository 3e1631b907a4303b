import request from 'supertest';
import { TestApp } from '../../../support/test-app';
import { BodyOperation } from './openapi-samples';
import { DemoWorld, Session } from './demo-world';
import { Variant } from './malformed-variants';

export interface Answer {
  status: number;
  code?: string;
  fields: { field: string; message: string }[];
  body: unknown;
}

export async function send(
  t: TestApp,
  method: string,
  path: string,
  session: Session,
  contentType: string,
  body: string | Buffer,
): Promise<Answer> {
  // Sent as the bytes given: superagent would otherwise JSON-encode a Buffer sent as JSON.
  let call = request(t.http)
    [method as 'post'](path)
    .set('Content-Type', contentType)
    .serialize((raw: unknown) => raw as string);
  if (session.token) call = call.set('Authorization', `Bearer ${session.token}`);
  const response = await call.send(body);
  return {
    status: response.status,
    code: response.body?.code,
    fields: Array.isArray(response.body?.fields) ? response.body.fields : [],
    body: response.body,
  };
}

/** The answers that mean the request never reached the route: wrong or missing session. */
const REFUSED_AT_THE_DOOR = new Set(['unauthenticated', 'role_not_allowed']);

/**
 * The first session (anonymous for public routes; admin, organiser, producer, gate staff) the
 * route lets through, probed with a body that cannot be valid; undefined if none does.
 */
export async function sessionFor(
  t: TestApp,
  world: DemoWorld,
  operation: BodyOperation,
  probe: Variant,
): Promise<Session | undefined> {
  const candidates = operation.signedIn ? world.sessions.filter((s) => s.token) : world.sessions;
  for (const session of candidates) {
    const path = world.fill(operation.path);
    const answer = await send(t, operation.method, path, session, probe.contentType, probe.body);
    if (!REFUSED_AT_THE_DOOR.has(answer.code ?? '')) return session;
  }
  return undefined;
}
