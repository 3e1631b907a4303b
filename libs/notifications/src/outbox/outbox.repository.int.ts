import { randomUUID } from 'node:crypto';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { NotificationsModule } from '../notifications.module';
import { SuppressionService } from '../suppression/suppression.service';
import { MessageStatus } from './message-status';
import { OutboxRepository } from './outbox.repository';

describe('OutboxRepository (on the real schema)', () => {
  let m: TestModule;
  let outbox: OutboxRepository;
  beforeAll(async () => {
    m = await createTestModule([NotificationsModule]);
    outbox = m.get(OutboxRepository);
    await m.get(SuppressionService).suppress('gone@example.vn', 'all', 'bounced');
  });
  afterAll(() => m.close());

  /** Records one queued message to `to` (optionally for a body) and returns its id. */
  const record = async (to: string, extra: Record<string, unknown> = {}): Promise<string> => {
    const id = randomUUID();
    const [created] = await outbox.insert(m.dataSource.manager, MessageStatus.Queued, [
      {
        id,
        job_id: `job-${id}`,
        shared_data_id: null,
        dedupe_key: `test:${id}`,
        organising_body_id: null,
        campaign_id: null,
        recipient: to,
        locale: 'vi',
        template: 'account.verify-email',
        data: { fullName: 'Lan' },
        bulk: false,
        max_attempts: 2,
        send_after: null,
        ...extra,
      },
    ]);
    return created.id;
  };
  const statusOf = async (id: string) =>
    (await m.dataSource.query('SELECT status, job_id FROM outbox_messages WHERE id = $1', [id]))[0];

  it('inserts once per dedupe key, with shared data kept apart', async () => {
    const sharedId = randomUUID();
    await outbox.insertSharedData(m.dataSource.manager, [
      { id: sharedId, data: { fairName: 'Hội chợ' } },
    ]);
    const id = await record('lan@example.vn', { shared_data_id: sharedId, dedupe_key: 'once' });
    const again = await outbox.insert(m.dataSource.manager, MessageStatus.Queued, [
      {
        id: randomUUID(),
        dedupe_key: 'once',
        recipient: 'lan@example.vn',
        locale: 'vi',
        template: 'account.verify-email',
        data: {},
        bulk: false,
        max_attempts: 2,
        job_id: 'x',
      },
    ]);
    expect(again).toEqual([]);
    expect(await outbox.findSharedData([sharedId])).toEqual([
      { id: sharedId, data: { fairName: 'Hội chợ' } },
    ]);
    expect((await statusOf(id)).status).toBe('queued');
  });

  it('claims a due message once, says when its recipient is suppressed, and settles it', async () => {
    const ok = await record('lan@example.vn');
    const gone = await record('Gone@example.vn');
    const claimed = await outbox.claim([ok, gone], 60_000);
    expect(claimed.map((row) => [row.id, row.attempts, row.suppressed]).sort()).toEqual(
      [
        [ok, 1, false],
        [gone, 1, true],
      ].sort(),
    );
    expect(await outbox.claim([ok], 60_000)).toEqual([]);
    await outbox.settle([
      { id: ok, status: MessageStatus.Sent, smtp_response: '250 ok', last_error: null },
      { id: gone, status: MessageStatus.Suppressed, smtp_response: null, last_error: 'suppressed' },
    ]);
    expect((await statusOf(ok)).status).toBe('sent');
    expect((await statusOf(gone)).status).toBe('suppressed');
  });

  it('defers a sending message to a new job, and only a sending one', async () => {
    const id = await record('lan@example.vn');
    expect(await outbox.deferRetry(id, '421 busy', 1000, 'retry-job')).toBe(false);
    await outbox.claim([id], 60_000);
    expect(await outbox.deferRetry(id, '421 busy', 1000, 'retry-job')).toBe(true);
    expect(await statusOf(id)).toEqual({ status: 'retrying', job_id: 'retry-job' });
  });

  it('hands back expired leases and finds what is overdue, and moves it to new jobs', async () => {
    const id = await record('lan@example.vn');
    await outbox.claim([id], 1);
    await m.dataSource.query(
      `UPDATE outbox_messages SET lease_until = now() - interval '1 second',
              created_at = now() - interval '1 hour' WHERE id = $1`,
      [id],
    );
    await outbox.expireLeases(m.dataSource.manager, 2000);
    expect((await statusOf(id)).status).toBe('retrying');
    await m.dataSource.query(
      `UPDATE outbox_messages SET next_attempt_at = now() - interval '1 hour' WHERE id = $1`,
      [id],
    );
    const overdue = await outbox.findOverdue(m.dataSource.manager, 1000, 2000);
    expect(overdue.map((row) => row.id)).toContain(id);
    const moved = await outbox.assignJobs([id], ['fresh-job']);
    expect(moved).toEqual([{ id, jobId: 'fresh-job', sendAfter: null }]);
  });

  it('stops what waits for an erased recipient and wipes the address from every message', async () => {
    const body = (
      await m.dataSource.query(
        `INSERT INTO organising_bodies (code, name_vi) VALUES (gen_random_uuid()::text, 'Sở') RETURNING id`,
      )
    )[0].id as string;
    const waiting = await record('erase@example.vn', { organising_body_id: body });
    const sent = await record('erase@example.vn', { organising_body_id: body });
    await outbox.claim([sent], 60_000);
    await outbox.settle([
      { id: sent, status: MessageStatus.Sent, smtp_response: '250', last_error: null },
    ]);
    expect(
      await outbox.suppressWaitingForErased(m.dataSource.manager, body, 'erase@example.vn'),
    ).toBe(1);
    await outbox.eraseRecipient(
      m.dataSource.manager,
      body,
      'erase@example.vn',
      'erased@erased.invalid',
    );
    const rows = await m.dataSource.query(
      'SELECT status, recipient, data FROM outbox_messages WHERE id = ANY($1) ORDER BY status',
      [[waiting, sent]],
    );
    expect(rows).toEqual([
      { status: 'sent', recipient: 'erased@erased.invalid', data: {} },
      { status: 'suppressed', recipient: 'erased@erased.invalid', data: {} },
    ]);
  });
});
