import { EntityManager } from 'typeorm';
import { FieldIssue } from '@hoicho/platform';
import { FairStatus } from '../domain';
import { BoothType } from '../plan/booth-type.entity';
import { Booth } from '../plan/booth.entity';
import { Zone } from '../plan/zone.entity';

/**
 * What a fair needs before a legal step may happen: producers apply to zones and booth types,
 * so opening needs both; allocating needs booths that can be rented.
 */
export async function readinessIssues(
  manager: EntityManager,
  fairId: string,
  to: FairStatus,
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (to === 'open') {
    if (!(await manager.getRepository(Zone).existsBy({ fairId }))) {
      issues.push({ field: 'zones', message: 'the fair has no zones' });
    }
    if (!(await manager.getRepository(BoothType).existsBy({ fairId }))) {
      issues.push({ field: 'boothTypes', message: 'the fair has no booth types' });
    }
  }
  if (
    to === 'allocating' &&
    !(await manager.getRepository(Booth).existsBy({ fairId, blocked: false }))
  ) {
    issues.push({ field: 'booths', message: 'the floor plan has no booth that can be rented' });
  }
  return issues;
}
