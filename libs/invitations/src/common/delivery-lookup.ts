import { DataSource } from 'typeorm';

/**
 * How many invitation emails (not reminders, not tickets) of a campaign the mail server
 * accepted. DeliveryLogService.totals counts every message of a campaign; the funnel needs the
 * invitations alone, told apart by their dedupe key, so this adapter reads the notifications
 * area's outbox directly, read-only.
 * TODO(notifications): a totals-by-dedupe-prefix method on DeliveryLogService.
 */
export async function sentInvitationEmails(
  dataSource: DataSource,
  bodyId: string,
  campaignId: string,
): Promise<number> {
  const [{ sent }] = await dataSource.query(
    `SELECT count(*)::int AS sent FROM outbox_messages
      WHERE campaign_id = $1 AND organising_body_id = $2 AND status = 'sent'
        AND dedupe_key LIKE 'invitation:%'`,
    [campaignId, bodyId],
  );
  return sent;
}
