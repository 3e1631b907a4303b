import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ApplicationDecision, ApplicationStatus } from '../domain';
import { ApplicationEventRow, ApplicationLogEvent } from './application-event.entity';

type State = { status: ApplicationStatus; pendingDecision: ApplicationDecision | null };

/** One line of an application's history as it is written. */
export interface LogEntry {
  fairId: string;
  applicationId: string;
  event: ApplicationLogEvent;
  from: State | null;
  to: State;
  reason?: string | null;
  data?: Record<string, unknown>;
  actorId: string;
}

/** Applications' history (`application_events`), in the order it was written. */
@Injectable()
export class ApplicationEventRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes lines of history in the caller's transaction (one statement). */
  async append(manager: EntityManager, entries: readonly LogEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await manager.getRepository(ApplicationEventRow).insert(
      entries.map((e) => ({
        fairId: e.fairId,
        applicationId: e.applicationId,
        event: e.event,
        fromStatus: e.from?.status ?? null,
        fromPending: e.from?.pendingDecision ?? null,
        toStatus: e.to.status,
        toPending: e.to.pendingDecision,
        reason: e.reason ?? null,
        data: e.data ?? {},
        actorId: e.actorId,
      })) as QueryDeepPartialEntity<ApplicationEventRow>[],
    );
  }

  /**
   * Many payment lines at once (a bank statement's thousands): one statement of unnest arrays
   * per 5,000, far cheaper than the entity insert for big batches.
   */
  async appendPayments(
    manager: EntityManager,
    entries: readonly {
      fairId: string;
      applicationId: string;
      data: Record<string, unknown>;
      actorId: string;
    }[],
  ): Promise<void> {
    for (let i = 0; i < entries.length; i += 5000) {
      const chunk = entries.slice(i, i + 5000);
      await manager.query(
        `INSERT INTO application_events (fair_id, application_id, event, from_status, from_pending,
           to_status, to_pending, data, actor_id)
         SELECT f, a, 'payment', 'approved', NULL, 'approved', NULL, d, u
           FROM unnest($1::uuid[], $2::uuid[], $3::jsonb[], $4::uuid[]) AS v(f, a, d, u)`,
        [
          chunk.map((e) => e.fairId),
          chunk.map((e) => e.applicationId),
          chunk.map((e) => JSON.stringify(e.data)),
          chunk.map((e) => e.actorId),
        ],
      );
    }
  }

  /** Oldest first. */
  history(fairId: string, applicationId: string): Promise<ApplicationEventRow[]> {
    return this.dataSource
      .getRepository(ApplicationEventRow)
      .find({ where: { fairId, applicationId }, order: { seq: 'ASC' } });
  }
}
