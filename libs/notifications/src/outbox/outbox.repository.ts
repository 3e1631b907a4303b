import { Injectable } from '@nestjs/common';
import { preparedQuery } from '@hoicho/platform';
import { DataSource, EntityManager } from 'typeorm';
import { MessageStatus } from './message-status';
import { RecordColumn, recordSet } from './record-set';

/** What an insert writes besides the status; the id and dedupe key always travel per row. */
export const OUTBOX_COLUMNS: RecordColumn[] = [
  { name: 'id', type: 'uuid', perRow: true },
  { name: 'job_id', type: 'text' },
  { name: 'shared_data_id', type: 'uuid' },
  { name: 'dedupe_key', type: 'text', perRow: true },
  { name: 'organising_body_id', type: 'uuid' },
  { name: 'campaign_id', type: 'uuid' },
  { name: 'recipient', type: 'text' },
  { name: 'locale', type: 'text' },
  { name: 'template', type: 'text' },
  { name: 'data', type: 'jsonb' },
  { name: 'bulk', type: 'boolean' },
  { name: 'max_attempts', type: 'integer' },
  { name: 'send_after', type: 'timestamptz' },
];

/** A message as a worker claimed it, with whether its recipient is suppressed for it. */
export interface ClaimedRow {
  id: string;
  recipient: string;
  locale: 'vi' | 'en';
  template: string;
  data: Record<string, unknown>;
  shared_data_id: string | null;
  bulk: boolean;
  attempts: number;
  max_attempts: number;
  suppressed: boolean;
}

/** The outcome of one claimed message. */
export interface Settlement {
  id: string;
  status: MessageStatus;
  smtp_response: string | null;
  last_error: string | null;
}

export interface QueuedRow {
  id: string;
  jobId: string;
  sendAfter: Date | null;
}

/** The outbox_messages and outbox_shared_data tables: recording, claiming, settling, recovering. */
@Injectable()
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts rows (OUTBOX_COLUMNS) as `status`; a used dedupe key inserts nothing. */
  async insert(
    manager: EntityManager,
    status: MessageStatus,
    rows: Record<string, unknown>[],
  ): Promise<{ id: string; dedupe_key: string }[]> {
    const set = recordSet(rows, OUTBOX_COLUMNS, 2);
    return manager.query(
      `INSERT INTO outbox_messages (${OUTBOX_COLUMNS.map((c) => c.name).join(', ')}, status)
       SELECT ${set.select}, $1 FROM ${set.from}
       ON CONFLICT DO NOTHING
       RETURNING id, dedupe_key`,
      [status, ...set.params],
    );
  }

  async insertSharedData(
    manager: EntityManager,
    items: { id: string; data: object }[],
  ): Promise<void> {
    await manager.query(
      `INSERT INTO outbox_shared_data (id, data)
       SELECT id, data FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, data jsonb)`,
      [JSON.stringify(items)],
    );
  }

  async findSharedData(ids: string[]): Promise<{ id: string; data: Record<string, unknown> }[]> {
    return this.dataSource.query(
      'SELECT id, data FROM outbox_shared_data WHERE id = ANY($1::uuid[])',
      [ids],
    );
  }

  /**
   * Claims the rows among `ids` that are queued or retrying and due: `sending` under a lease.
   * Joined to unnest, the ids probe the primary key one by one. As `id = ANY($1) AND status IN
   * (…)`, the plan depended on the statistics: right after a fan-out recorded 100,000 rows and
   * before autovacuum analysed them, PostgreSQL still thought few rows were queued and ANDed
   * the primary key with a scan of every queued row's entry in outbox_unfinished_idx, 1 ms per
   * claim of 7 messages at 30,000 queued (pkey alone: 0.1 ms).
   *
   * Claims and settlements run for every message, so they are prepared statements (named,
   * planned once per connection: preparedQuery). Their generic plan knows neither how many ids
   * come nor how many rows have each status, so the status tests are wrapped in `IS TRUE`,
   * which no index can serve: the plan stays the primary key probe whatever the statistics say
   * (without it, the settlement's generic plan scanned every sending and retrying row's entry
   * in outbox_unfinished_idx and hash-joined them to the ids: a retry backlog would cost every
   * settlement a scan of it).
   */
  async claim(ids: string[], leaseMs: number): Promise<ClaimedRow[]> {
    const { rows } = await preparedQuery<ClaimedRow>(
      this.dataSource,
      'outbox_claim',
      `UPDATE outbox_messages m
          SET status = 'sending', attempts = m.attempts + 1, lease_until = now() + $2 * interval '1 millisecond',
              last_attempt_at = now(), updated_at = now()
         FROM unnest($1::uuid[]) AS c(id)
        WHERE m.id = c.id
          AND (m.status IN ('queued', 'retrying') AND (m.send_after IS NULL OR m.send_after <= now())) IS TRUE
        RETURNING m.id, m.recipient, m.locale, m.template, m.data, m.shared_data_id, m.bulk, m.attempts, m.max_attempts,
          EXISTS (SELECT 1 FROM suppressions s WHERE s.email = m.recipient::citext AND (s.scope = 'all' OR (m.bulk AND s.scope = 'bulk'))) AS suppressed`,
      [ids, leaseMs],
    );
    return rows;
  }

  /**
   * Records outcomes. A message the server accepted is recorded as sent even if its lease ran
   * out meanwhile and the sweep already marked it `retrying` (a slow send, not a dead worker).
   * Prepared, with its status test kept off the indexes (see claim).
   */
  async settle(settlements: Settlement[]): Promise<void> {
    await preparedQuery(
      this.dataSource,
      'outbox_settle',
      `UPDATE outbox_messages m
          SET status = v.status, lease_until = NULL, next_attempt_at = NULL, updated_at = now(),
              sent_at = CASE WHEN v.status = 'sent' THEN now() ELSE m.sent_at END,
              smtp_response = COALESCE(v.smtp_response, m.smtp_response), last_error = v.last_error
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS v(id, status, smtp_response, last_error)
        WHERE m.id = v.id AND (m.status = 'sending' OR (v.status = 'sent' AND m.status = 'retrying')) IS TRUE`,
      // Parallel arrays, not a JSON record set: the planner sizes unnest exactly and probes the
      // primary key per row, and the statement plans in a third of the time.
      [
        settlements.map((s) => s.id),
        settlements.map((s) => s.status),
        settlements.map((s) => s.smtp_response),
        settlements.map((s) => s.last_error),
      ],
    );
  }

  /** A sending row's next attempt after `delayMs`, in job `jobId`; false if it is no longer sending. */
  async deferRetry(id: string, reason: string, delayMs: number, jobId: string): Promise<boolean> {
    const [deferred] = (await this.dataSource.query(
      `UPDATE outbox_messages
          SET status = 'retrying', lease_until = NULL, last_error = $2, smtp_response = $2, job_id = $4,
              next_attempt_at = now() + $3 * interval '1 millisecond', updated_at = now()
        WHERE id = $1 AND status = 'sending'
        RETURNING id`,
      [id, reason, delayMs, jobId],
    )) as [{ id: string }[], number];
    return deferred.length > 0;
  }

  /** Rows left `sending` past their lease (a worker died) go back to retrying, or fail when spent. */
  async expireLeases(manager: EntityManager, limit: number): Promise<void> {
    await manager.query(
      `UPDATE outbox_messages
          SET status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'retrying' END,
              last_error = 'lease expired: the worker stopped while sending', lease_until = NULL,
              next_attempt_at = now(), updated_at = now()
        WHERE id IN (SELECT id FROM outbox_messages WHERE status = 'sending' AND lease_until < now() LIMIT $1)`,
      [limit],
    );
  }

  /** Rows queued or retrying whose time came more than `graceMs` ago, oldest first. */
  async findOverdue(
    manager: EntityManager,
    graceMs: number,
    limit: number,
  ): Promise<{ id: string; jobId: string }[]> {
    return manager.query(
      `SELECT id, job_id AS "jobId" FROM outbox_messages
        WHERE status IN ('queued', 'retrying')
          AND COALESCE(next_attempt_at, send_after, created_at) < now() - $1 * interval '1 millisecond'
        ORDER BY created_at LIMIT $2`,
      [graceMs, limit],
    );
  }

  /** Moves rows still queued or retrying to new jobs; returns those it moved. */
  async assignJobs(ids: string[], jobIds: string[]): Promise<QueuedRow[]> {
    const [rows] = (await this.dataSource.query(
      `UPDATE outbox_messages m SET job_id = v.job_id, updated_at = now()
         FROM unnest($1::uuid[], $2::text[]) AS v(id, job_id)
        WHERE m.id = v.id AND m.status IN ('queued', 'retrying')
        RETURNING m.id, m.job_id AS "jobId", m.send_after AS "sendAfter"`,
      [ids, jobIds],
    )) as [QueuedRow[], number];
    return rows;
  }

  /** A body's messages to an erased `recipient` still waiting are suppressed; returns how many. */
  async suppressWaitingForErased(
    manager: EntityManager,
    organisingBodyId: string,
    recipient: string,
  ): Promise<number> {
    const [, stopped] = (await manager.query(
      `UPDATE outbox_messages
          SET status = $3, last_error = 'the recipient was erased', next_attempt_at = NULL,
              updated_at = now()
        WHERE organising_body_id = $1 AND recipient = $2 AND status IN ('queued', 'retrying')`,
      [organisingBodyId, recipient, MessageStatus.Suppressed],
    )) as [unknown, number];
    return stopped;
  }

  /** Every one of a body's messages to `recipient` shows `replacement` instead, with no data. */
  async eraseRecipient(
    manager: EntityManager,
    organisingBodyId: string,
    recipient: string,
    replacement: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE outbox_messages SET recipient = $3, data = '{}', updated_at = now()
        WHERE organising_body_id = $1 AND recipient = $2`,
      [organisingBodyId, recipient, replacement],
    );
  }
}
