import { EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ApplicationDecision, ApplicationStatus } from '../domain';
import { ApplicationEventRow, ApplicationLogEvent } from '../entities/application-event.entity';

export interface LogEntry {
  fairId: string;
  applicationId: string;
  event: ApplicationLogEvent;
  from: { status: ApplicationStatus; pendingDecision: ApplicationDecision | null } | null;
  to: { status: ApplicationStatus; pendingDecision: ApplicationDecision | null };
  reason?: string | null;
  data?: Record<string, unknown>;
  actorId: string;
}

/** Writes lines of applications' history in the caller's transaction. */
export async function logEvents(manager: EntityManager, entries: LogEntry[]): Promise<void> {
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
