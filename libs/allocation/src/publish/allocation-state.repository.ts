import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AllocationState } from './allocation-state.entity';

/**
 * Per fair, the version of the published assignments (`allocation_states`). Its row lock
 * serialises every change to them: publication, accepted offers, freed booths, offers made.
 */
@Injectable()
export class AllocationStateRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Locks (creating if need be) the fair's state for this transaction. */
  async lock(manager: EntityManager, fairId: string): Promise<AllocationState> {
    await manager.query(
      'INSERT INTO allocation_states (fair_id) VALUES ($1) ON CONFLICT (fair_id) DO NOTHING',
      [fairId],
    );
    const [state] = await manager
      .getRepository(AllocationState)
      .find({ where: { fairId }, lock: { mode: 'pessimistic_write' } });
    return state;
  }

  /** The published assignments changed: moves the version (and the run published, if one). */
  async bump(manager: EntityManager, fairId: string, publishedRunId?: string): Promise<number> {
    // UPDATE … RETURNING answers [rows, count] through TypeORM.
    const [[row]] = (await manager.query(
      `UPDATE allocation_states SET version = version + 1, updated_at = now()
         ${publishedRunId ? ', published_run_id = $2' : ''}
        WHERE fair_id = $1 RETURNING version`,
      publishedRunId ? [fairId, publishedRunId] : [fairId],
    )) as [{ version: number }[], number];
    return row.version;
  }

  /** 0 for a fair nothing was ever published for. */
  async version(fairId: string, manager?: EntityManager): Promise<number> {
    const row = await (manager ?? this.dataSource.manager)
      .getRepository(AllocationState)
      .findOneBy({ fairId });
    return row?.version ?? 0;
  }
}
