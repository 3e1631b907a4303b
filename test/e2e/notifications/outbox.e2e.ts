import { invitationLetter } from '@hoicho/invitations/mails';
import { OutboxMessageInput, OutboxService } from '@hoicho/notifications';
import { TransactionRunner } from '@hoicho/platform';
import { createTestApp, TestApp } from '../../support/test-app';
import {
  messageIdOf,
  receivedCount,
  record,
  rows,
  sleep,
  uniqueEmail,
  verifyEmail,
  waitSettled,
} from './support/notifications';

// The api with its in-process worker (the embedded default), sweeping every 500 ms with a 1 s grace.
describe('outbox: a message commits with the domain change, exactly once', () => {
  let t: TestApp;
  let runner: TransactionRunner;
  let outbox: OutboxService;

  beforeAll(async () => {
    t = await createTestApp();
    runner = t.app.get(TransactionRunner);
    outbox = t.app.get(OutboxService);
  });
  afterAll(() => t.close());

  const bodyCount = async (code: string) =>
    Number(
      (
        await t.dataSource.query('SELECT count(*) AS n FROM organising_bodies WHERE code = $1', [
          code,
        ])
      )[0].n,
    );

  it('leaves neither the domain change nor the message when the transaction rolls back', async () => {
    const to = uniqueEmail('rollback');
    const message = verifyEmail(to);
    let recordedId: string | null = null;
    await expect(
      runner.run(async (tx) => {
        await tx.manager.query(
          `INSERT INTO organising_bodies (code, name_vi) VALUES ('rollback-body', 'Ban tổ chức')`,
        );
        recordedId = await outbox.record(tx, message);
        throw new Error('the domain rule failed after recording');
      }),
    ).rejects.toThrow('the domain rule failed after recording');

    expect(recordedId).toMatch(/^[0-9a-f-]{36}$/);
    // Longer than the sweep's grace and interval: a row that slipped through would be sent by now.
    await sleep(2500);
    expect(await bodyCount('rollback-body')).toBe(0);
    expect(
      await t.dataSource.query(
        'SELECT id FROM outbox_messages WHERE dedupe_key = $1 OR recipient = $2',
        [message.dedupeKey, to],
      ),
    ).toEqual([]);
    expect(t.mailbox.list({ to })).toEqual([]);
    expect(t.mailbox.list().filter((m) => recordedId && m.messageId?.includes(recordedId))).toEqual(
      [],
    );
  });

  it('delivers a committed message once, with a Message-ID derived from its id', async () => {
    const to = uniqueEmail('commit');
    const id = await runner.run(async (tx) => {
      await tx.manager.query(
        `INSERT INTO organising_bodies (code, name_vi) VALUES ('commit-body', 'Ban tổ chức')`,
      );
      return outbox.record(tx, verifyEmail(to));
    });
    expect(id).toBeTruthy();
    expect(await bodyCount('commit-body')).toBe(1);

    const [received] = (await t.mailbox.waitFor((all) => receivedCount(all, id!) >= 1)).filter(
      (m) => m.envelopeTo.includes(to),
    );
    expect(received.messageId).toBe(`<${messageIdOf(id!)}>`);
    expect(received.subject).toBe('Xác nhận địa chỉ email của bạn');
    expect(received.headers['x-hoicho-message']).toBe(id);
    expect(received.text).toContain('Nguyễn Văn An');

    const [row] = await waitSettled(t, [id!]);
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
    expect(row.sent_at).toBeInstanceOf(Date);
    expect(row.smtp_response).toMatch(/^250/);

    // Several sweeps later it is still one message: the sweep never re-sends a sent row.
    await sleep(2500);
    expect(receivedCount(t.mailbox.list(), id!)).toBe(1);
    expect((await rows(t, [id!]))[0]).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('records one message for a dedupe key used by two transactions', async () => {
    const to = uniqueEmail('dedupe');
    const first = verifyEmail(to);
    const firstId = await runner.run((tx) => outbox.record(tx, first));
    const secondId = await runner.run((tx) =>
      outbox.record(tx, { ...verifyEmail(to), dedupeKey: first.dedupeKey }),
    );
    expect(firstId).toBeTruthy();
    expect(secondId).toBeNull();

    await t.mailbox.waitFor((all) => receivedCount(all, firstId!) >= 1);
    await sleep(2500);
    expect(
      await t.dataSource.query('SELECT id FROM outbox_messages WHERE dedupe_key = $1', [
        first.dedupeKey,
      ]),
    ).toEqual([{ id: firstId }]);
    expect(t.mailbox.list({ to })).toHaveLength(1);
    expect(receivedCount(t.mailbox.list(), firstId!)).toBe(1);
  });

  it('records one message when two transactions race with the same dedupe key', async () => {
    const to = uniqueEmail('race');
    const dedupeKey = `test:race:${to}`;
    const results = await Promise.all(
      [0, 1].map((i) =>
        runner.run(async (tx) => {
          const id = await outbox.record(tx, verifyEmail(to, { dedupeKey }));
          await sleep(200 + i * 50); // both are inside their transactions at the same time
          return id;
        }),
      ),
    );
    const ids = results.filter((id): id is string => id !== null);
    expect(ids).toHaveLength(1);

    await t.mailbox.waitFor((all) => receivedCount(all, ids[0]) >= 1);
    await sleep(2500);
    expect(t.mailbox.list({ to })).toHaveLength(1);
    expect(
      await t.dataSource.query(
        'SELECT count(*)::int AS n FROM outbox_messages WHERE dedupe_key = $1',
        [dedupeKey],
      ),
    ).toEqual([{ n: 1 }]);
  });

  it('records many messages in one transaction and delivers each once (recordMany)', async () => {
    const recipients = Array.from({ length: 50 }, (_, i) => uniqueEmail(`many${i}`));
    const ids = await record(t, ...recipients.map((to) => verifyEmail(to)));
    expect(new Set(ids).size).toBe(50);
    const settled = await waitSettled(t, ids);
    expect(settled.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
    await sleep(1500);
    const all = t.mailbox.list();
    expect(ids.map((id) => receivedCount(all, id))).toEqual(ids.map(() => 1));
  });

  it('stores what a bulk recording shares once, and every email still says all of it', async () => {
    const preview = invitationLetter.preview;
    const venueName = `Trung tâm Triển lãm ${Date.now()}`;
    const shared = { venueName, venueAddress: preview.venueAddress, fairNames: preview.fairNames };
    const own = withoutKeys(preview, shared);
    const letters: OutboxMessageInput<'invitation.letter'>[] = ['An', 'Bình', 'Châu'].map(
      (name) => ({
        template: 'invitation.letter',
        to: uniqueEmail(`shared-${name}`),
        locale: 'vi',
        data: { ...own, fullName: `Nguyễn ${name}`, ticketCode: null },
        shared,
        dedupeKey: `shared-test:${name}:${venueName}`,
      }),
    );
    const ids = await record(t, ...letters);

    const stored: { data: Record<string, unknown>; shared: Record<string, unknown> }[] =
      await t.dataSource.query(
        `SELECT m.data, s.data AS shared FROM outbox_messages m
           JOIN outbox_shared_data s ON s.id = m.shared_data_id WHERE m.id = ANY($1::uuid[])`,
        [ids],
      );
    expect(stored).toHaveLength(3);
    for (const row of stored) expect(row.shared).toEqual(shared);
    for (const row of stored) {
      expect(row.data).not.toHaveProperty('venueName');
      expect(row.data).not.toHaveProperty('fairNames');
      expect(row.data.fullName).toMatch(/^Nguyễn /);
    }
    const [{ n }] = await t.dataSource.query(
      `SELECT count(DISTINCT shared_data_id)::int AS n FROM outbox_messages WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    expect(n).toBe(1);

    const settled = await waitSettled(t, ids);
    expect(settled.every((r) => r.status === 'sent')).toBe(true);
    for (const letter of letters) {
      const [mail] = t.mailbox.list({ to: letter.to });
      expect(mail.html).toContain(venueName);
      expect(mail.text).toContain(letter.data.fullName!);
    }
  });

  it('keeps the shared part inline for a message recorded alone', async () => {
    const preview = invitationLetter.preview;
    const shared = { venueName: preview.venueName };
    const [id] = await record(t, {
      template: 'invitation.letter',
      to: uniqueEmail('alone'),
      locale: 'en',
      data: withoutKeys(preview, shared),
      shared,
      dedupeKey: `shared-alone:${Date.now()}`,
    });
    const [row] = await t.dataSource.query(
      'SELECT data, shared_data_id FROM outbox_messages WHERE id = $1',
      [id],
    );
    expect(row.shared_data_id).toBeNull();
    expect(row.data.venueName).toBe(preview.venueName);
  });
});

/** `data` less the keys `shared` holds: a message's own fields. */
function withoutKeys<T extends object>(data: T, shared: object): Partial<T> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !(key in shared))) as Partial<T>;
}
