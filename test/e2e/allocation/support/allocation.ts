import { CapturedMessage, Role } from '@hoicho/platform';
import { createBody, createUser, SignedIn, TestApp } from '../../../support/test-app';
import {
  application,
  applyAndSubmit,
  as,
  CORNER,
  createProducerMember,
  openFairBody,
  STANDARD,
  ZONES,
} from '../../applications/support/applications';

export { as, lettersTo, messagesTo, count } from '../../applications/support/applications';

export interface Applicant {
  name: string;
  member: SignedIn & { producerId: string };
  applicationId: string;
}

export interface ApplicantSpec {
  name: string;
  size: number;
  zones: string[];
  priority: number;
  corner?: boolean;
  /** Names of other applicants it wants to stand next to. */
  near?: string[];
  locale?: 'vi' | 'en';
  /** Booth type codes accepted, first choice first; standard only by default. */
  types?: string[];
}

export interface AllocatingFair {
  id: string;
  bodyId: string;
  organiser: SignedIn;
  applicants: Map<string, Applicant>;
}

/**
 * A small fair through the public API, as an organiser would make it: zone may-tre-dan with
 * one row of `rowA` booths A-01…, zone gom-su with one row of `rowB` booths B-01…, all
 * standard (`cornerBooths` get the corner type); one application per spec (priority set by override), all approved and released,
 * then the fair moved to allocating.
 */
export async function allocatingFair(
  t: TestApp,
  specs: ApplicantSpec[],
  plan: { rowA: number; rowB: number } = { rowA: 4, rowB: 3 },
  options: { unreleased?: string[]; cornerBooths?: string[] } = {},
): Promise<AllocatingFair> {
  const bodyId = await createBody(t);
  const organiser = await createUser(t, Role.Organiser, { organisingBodyId: bodyId });
  const org = as(t, organiser);
  const fair = await org
    .post(`/api/v1/organising-bodies/${bodyId}/fairs`, openFairBody())
    .expect(201);
  const id: string = fair.body.id;
  for (const zone of ZONES.slice(0, 2)) {
    await org.post(`/api/v1/fairs/${id}/zones`, zone).expect(201);
  }
  await org.post(`/api/v1/fairs/${id}/booth-types`, STANDARD).expect(201);
  for (const [i, [zone, columns]] of [
    ['may-tre-dan', plan.rowA],
    ['gom-su', plan.rowB],
  ].entries()) {
    await org
      .post(`/api/v1/fairs/${id}/plan/grid`, {
        zone,
        type: STANDARD.code,
        prefix: `${'AB'[i]}-`,
        rows: 1,
        columns,
        origin: { x: 0, y: i * 8 },
      })
      .expect(201);
  }
  if (options.cornerBooths?.length) {
    await org.post(`/api/v1/fairs/${id}/booth-types`, CORNER).expect(201);
    const booths = (await org.get(`/api/v1/fairs/${id}/plan`).expect(200)).body.booths as {
      id: string;
      code: string;
    }[];
    for (const code of options.cornerBooths) {
      const booth = booths.find((b) => b.code === code)!;
      await org
        .patch(`/api/v1/fairs/${id}/booths/${booth.id}`, { type: CORNER.code, corner: true })
        .expect(200);
    }
  }
  await org.post(`/api/v1/fairs/${id}/status`, { to: 'open' }).expect(200);

  const applicants = new Map<string, Applicant>();
  for (const spec of specs) {
    const member = await createProducerMember(t, spec.name);
    if (spec.locale === 'en') {
      await t.dataSource.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [member.id]);
    }
    applicants.set(spec.name, { name: spec.name, member, applicationId: '' });
  }
  for (const spec of specs) {
    const a = applicants.get(spec.name)!;
    a.applicationId = await applyAndSubmit(
      t,
      a.member,
      id,
      application({
        boothsWanted: spec.size,
        boothTypes: spec.types ?? [STANDARD.code],
        zones: spec.zones,
        wantsCorner: spec.corner ?? false,
        nearProducerIds: (spec.near ?? []).map((n) => applicants.get(n)!.member.producerId),
      }),
    );
  }
  const ids = [...applicants.values()].map((a) => a.applicationId);
  for (const spec of specs) {
    await org
      .put(
        `/api/v1/fairs/${id}/applications/${applicants.get(spec.name)!.applicationId}/priority`,
        {
          priority: spec.priority,
          reason: 'Thứ tự ưu tiên của bài kiểm thử',
        },
      )
      .expect(200);
  }
  await org
    .post(`/api/v1/fairs/${id}/applications/decisions`, {
      decision: 'approved',
      applicationIds: ids,
    })
    .expect(200);
  const unreleased = new Set(
    (options.unreleased ?? []).map((name) => applicants.get(name)!.applicationId),
  );
  await org
    .post(`/api/v1/fairs/${id}/applications/decisions/release`, {
      applicationIds: ids.filter((x) => !unreleased.has(x)),
    })
    .expect(200);
  await org.post(`/api/v1/fairs/${id}/status`, { to: 'allocating' }).expect(200);
  return { id, bodyId, organiser, applicants };
}

/** Starts a run and waits until the worker finished it; returns the run. */
export async function runAllocation(
  t: TestApp,
  who: SignedIn,
  fairId: string,
  body: Record<string, unknown> = {},
): Promise<{ id: string; status: string; [key: string]: unknown }> {
  const api = as(t, who);
  const started = await api.post(`/api/v1/fairs/${fairId}/allocation/runs`, body).expect(202);
  return waitForRun(t, who, fairId, started.body.id);
}

export async function waitForRun(t: TestApp, who: SignedIn, fairId: string, runId: string) {
  const api = as(t, who);
  const deadline = Date.now() + 120_000;
  for (;;) {
    const run = await api.get(`/api/v1/fairs/${fairId}/allocation/runs/${runId}`).expect(200);
    if (run.body.status === 'done' || run.body.status === 'failed') return run.body;
    if (Date.now() > deadline) throw new Error(`run ${runId} still ${run.body.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until `check` holds (polling), or fails with `what`. */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 120_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

export interface DraftAssignment {
  applicationId: string;
  producerName: string;
  booths: string[];
  manual: boolean;
  pinned: boolean;
  explanation: string;
  zone: string;
}

export function boothsOf(draft: { assignments: DraftAssignment[] }, applicationId: string) {
  return draft.assignments.find((a) => a.applicationId === applicationId)?.booths;
}

/** Waits for a message to `email` whose subject matches, and returns it. */
export async function mailMatching(t: TestApp, email: string, subject: RegExp) {
  const address = email.toLowerCase();
  const pick = (messages: CapturedMessage[]) =>
    messages.filter((m) => m.envelopeTo.includes(address) && subject.test(m.subject)).at(-1);
  return pick(await t.mailbox.waitFor((messages) => pick(messages) !== undefined))!;
}
