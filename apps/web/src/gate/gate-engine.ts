import { api, unwrap } from '@web/api/client';
import { dayAt, decideOffline, decider, type Decider, type GateAnswer } from './decide';
import {
  admissionsOn,
  gateDb,
  rememberAdmission,
  type GateKit,
  type GateSetup,
  type KnownAdmission,
  type QueuedScan,
} from './gate-db';

/** The answer on screen, and whether the server gave it or the device did (offline). */
export interface Decision {
  answer: GateAnswer;
  offline: boolean;
}

/** From the frame: past this the server's answer is not waited for (WEB.md: 300 ms). */
export const ANSWER_BUDGET_MS = 250;
const REQUEST_TIMEOUT_MS = 10_000;
const UPLOAD_BATCH = 500;

/**
 * One gate at one fair: decides scans (online through the api, offline with the kit on the
 * device), queues offline scans with their nonces and uploads them when the network returns.
 */
export class GateEngine {
  private known = new Map<string, KnownAdmission>();
  private knownDay: string | undefined;
  private sequence = 0;

  private constructor(
    readonly setup: GateSetup,
    private d: Decider,
    private readonly language: () => 'vi' | 'en',
  ) {}

  static async start(setup: GateSetup, language: () => 'vi' | 'en'): Promise<GateEngine> {
    const kit = await (await gateDb()).get('kits', setup.fairId);
    if (!kit) throw new Error('no kit for this fair on the device');
    return new GateEngine(setup, await decider(kit), language);
  }

  /** Fetches the fair's kit and keeps it on the device (sign-in, and each sync online). */
  static async fetchKit(fairId: string): Promise<GateKit> {
    const kit = await unwrap(
      api.GET('/api/v1/fairs/{fairId}/gate-kit', { params: { path: { fairId } } }),
    );
    const db = await gateDb();
    await db.put('kits', kit);
    for (const a of kit.admittedToday) {
      await rememberAdmission({ ...a, fairId, day: kit.today!, admittedAt: String(a.admittedAt) });
    }
    return kit;
  }

  get kit(): GateKit {
    return this.d.kit;
  }

  private async admittedToday(day: string | undefined): Promise<Map<string, KnownAdmission>> {
    if (!day) return new Map();
    if (this.knownDay !== day) {
      this.known = await admissionsOn(this.setup.fairId, day);
      this.knownDay = day;
    }
    return this.known;
  }

  private async remember(admission: KnownAdmission): Promise<void> {
    const known = this.knownDay === admission.day ? this.known.get(admission.ticketId) : undefined;
    if (this.knownDay === admission.day && (!known || known.admittedAt > admission.admittedAt)) {
      this.known.set(admission.ticketId, admission);
    }
    await rememberAdmission(admission);
  }

  private nonce(): string {
    this.sequence += 1;
    return `${this.setup.deviceId}-${Date.now().toString(36)}-${this.sequence}`;
  }

  /**
   * Decides one scanned or typed code by `deadline` (performance.now() time). Online the
   * server's answer is taken when it comes in time; otherwise, and offline, the device's own
   * decision stands and the scan is queued under the same nonce, so a late server answer and
   * the later upload are one scan.
   */
  async scan(code: string, deadline = performance.now() + ANSWER_BUDGET_MS): Promise<Decision> {
    const now = new Date();
    const nonce = this.nonce();
    const { fairId, gate } = this.setup;
    const day = dayAt(this.d.kit, now);
    const local = this.admittedToday(day).then((admitted) =>
      decideOffline(this.d, code, now, admitted, this.language()),
    );
    if (navigator.onLine) {
      const server = this.scanOnline(code, nonce, now);
      const late = new Promise<undefined>((resolve) =>
        setTimeout(resolve, Math.max(0, deadline - performance.now())),
      );
      const online = await Promise.race([server.catch(() => undefined), late]);
      if (online) {
        await this.learn(online, now);
        return { answer: online, offline: false };
      }
      void server.then((answer) => this.learn(answer, now)).catch(() => undefined);
    }
    const decided = await local;
    const queued: QueuedScan = {
      nonce,
      fairId,
      code,
      gate,
      scannedAt: now.toISOString(),
      deviceResult: decided.answer.result,
    };
    await (await gateDb()).put('queue', queued);
    if (decided.outcome.result === 'admitted') {
      await this.remember({
        fairId,
        day: decided.outcome.day,
        ticketId: decided.outcome.ticketId,
        gate,
        admittedAt: queued.scannedAt,
      });
    }
    return { answer: decided.answer, offline: true };
  }

  private async scanOnline(code: string, nonce: string, now: Date): Promise<GateAnswer> {
    return unwrap(
      api.POST('/api/v1/fairs/{fairId}/check-ins', {
        params: { path: { fairId: this.setup.fairId } },
        body: { code, gate: this.setup.gate, nonce, scannedAt: now.toISOString() },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      }),
    );
  }

  /** What an answer from the server teaches the device about today's admissions. */
  private async learn(answer: GateAnswer, at: Date): Promise<void> {
    if (!answer.ticketId || !answer.day) return;
    const fairId = this.setup.fairId;
    if (answer.result === 'admitted') {
      await this.remember({
        fairId,
        day: answer.day,
        ticketId: answer.ticketId,
        gate: this.setup.gate,
        admittedAt: at.toISOString(),
      });
    } else if (answer.result === 'already_admitted' && answer.gate && answer.admittedAt) {
      await this.remember({
        fairId,
        day: answer.day,
        ticketId: answer.ticketId,
        gate: answer.gate,
        admittedAt: answer.admittedAt,
      });
    }
  }

  async queued(): Promise<QueuedScan[]> {
    return (await gateDb()).getAllFromIndex('queue', 'fair', this.setup.fairId);
  }

  /** Uploads the queued scans (idempotent by nonce); answers how many were conflicts. */
  async upload(): Promise<{ uploaded: number; conflicts: GateAnswer[] }> {
    const scans = (await this.queued()).sort((a, b) => a.scannedAt.localeCompare(b.scannedAt));
    const conflicts: GateAnswer[] = [];
    for (let start = 0; start < scans.length; start += UPLOAD_BATCH) {
      const batch = scans.slice(start, start + UPLOAD_BATCH);
      const { results } = await unwrap(
        api.POST('/api/v1/fairs/{fairId}/check-ins/offline', {
          params: { path: { fairId: this.setup.fairId } },
          body: {
            scans: batch.map(({ code, gate, nonce, scannedAt, deviceResult }) => ({
              code,
              gate,
              nonce,
              scannedAt,
              deviceResult,
            })),
          },
        }),
      );
      const db = await gateDb();
      for (const [index, result] of results.entries()) {
        await this.learn(result, new Date(batch[index].scannedAt));
        if (result.conflict) conflicts.push(result);
        await db.delete('queue', batch[index].nonce);
      }
    }
    return { uploaded: scans.length, conflicts };
  }

  /** Refreshes the kit (revocations, today's admissions), the counts and the conflicts. */
  async refresh(): Promise<void> {
    const fairId = this.setup.fairId;
    const kit = await GateEngine.fetchKit(fairId);
    this.d = await decider(kit);
    this.knownDay = undefined;
    const [stats, conflicts] = await Promise.all([
      unwrap(api.GET('/api/v1/fairs/{fairId}/check-ins/stats', { params: { path: { fairId } } })),
      unwrap(
        api.GET('/api/v1/fairs/{fairId}/check-ins/conflicts', { params: { path: { fairId } } }),
      ),
    ]);
    const db = await gateDb();
    await db.put('stats', stats);
    for (const conflict of conflicts.items) {
      await db.put('conflicts', { ...conflict, conflictAt: String(conflict.conflictAt), fairId });
    }
  }
}
