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

  /** Oldest first. */
  history(fairId: string, applicationId: string): Promise<ApplicationEventRow[]> {
    return this.dataSource
      .getRepository(ApplicationEventRow)
      .find({ where: { fairId, applicationId }, order: { seq: 'ASC' } });
  }
}
