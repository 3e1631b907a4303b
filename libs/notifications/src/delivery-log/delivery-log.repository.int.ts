import { randomUUID } from 'node:crypto';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { NotificationsModule } from '../notifications.module';
import { MessageStatus } from '../outbox/message-status';
import { DeliveryLogRepository } from './delivery-log.repository';

describe('DeliveryLogRepository (on the real schema)', () => {
  let m: TestModule;
  let log: DeliveryLogRepository;
  let body: string;
  const campaign = randomUUID();
  const message = async (recipient: string, status: MessageStatus, dedupeKey: string) =>
    (
      await m.dataSource.query(
        `INSERT INTO outbox_messages (organising_body_id, campaign_id, recipient, locale, template,
            data, status, dedupe_key, job_id, max_attempts)
         VALUES ($1, $2, $3, 'vi', 'campaign.generic', '{}', $4, $5, 'job', 6) RETURNING id`,
        [body, campaign, recipient, status, dedupeKey],
      )
    )[0].id as string;

  beforeAll(async () => {
    m = await createTestModule([NotificationsModule]);
    log = m.get(DeliveryLogRepository);
    [{ id: body }] = await m.dataSource.query(
      `INSERT INTO organising_bodies (code, name_vi) VALUES (gen_random_uuid()::text, 'Sở') RETURNING id`,
    );
  });
  afterAll(() => m.close());

  it('pages, counts and resets a body’s messages', async () => {
    await message('lan@example.vn', MessageStatus.Sent, 'invite:1');
    await message('minh@example.vn', MessageStatus.Sent, 'remind:1');
    const failed = await message('hoa@example.vn', MessageStatus.Failed, 'invite:2');

    const [rows, total] = await log.page(body, { recipient: 'LAN@' }, 1, 10);
    expect([rows.map((r) => r.recipient), total]).toEqual([['lan@example.vn'], 1]);
    expect(await log.sentCount(body, campaign, 'invite:')).toBe(1);
    const counts = await log.countByCampaignAndStatus(body, campaign);
    expect(counts.map((c) => [c.status, Number(c.count)]).sort()).toEqual([
      ['failed', 1],
      ['sent', 2],
    ]);

    expect(await log.resetFailed(null, failed)).toBe(false); // not platform mail
    expect(await log.resetFailed(body, failed)).toBe(true);
    expect(await log.resetFailed(body, failed)).toBe(false); // queued now, not failed
    expect((await log.findOne(failed, body))?.status).toBe('queued');
    expect(await log.findOne(failed, randomUUID())).toBeNull();
  });
});
