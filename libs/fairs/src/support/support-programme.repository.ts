import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { SupportProgramme } from './support-programme.entity';

export type NewSupportProgramme = Omit<SupportProgramme, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * A fair's support programmes (`support_programmes`): entities for the rows, and the budget
 * moves as single conditional UPDATEs, so two approvals at once can never take more than the
 * budget (the table's CHECK refuses it even if some other code tried).
 */
@Injectable()
export class SupportProgrammeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** In the order they were made. */
  list(fairId: string): Promise<SupportProgramme[]> {
    return this.dataSource
      .getRepository(SupportProgramme)
      .find({ where: { fairId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  find(fairId: string, id: string, manager?: EntityManager): Promise<SupportProgramme | null> {
    return (manager ?? this.dataSource.manager)
      .getRepository(SupportProgramme)
      .findOneBy({ fairId, id });
  }

  /** The programme with its row locked until the transaction ends. */
  lock(manager: EntityManager, fairId: string, id: string): Promise<SupportProgramme | null> {
    return manager
      .getRepository(SupportProgramme)
      .findOne({ where: { fairId, id }, lock: { mode: 'pessimistic_write' } });
  }

  insert(manager: EntityManager, programme: NewSupportProgramme): Promise<SupportProgramme> {
    return manager.getRepository(SupportProgramme).save({ ...programme });
  }

  save(manager: EntityManager, programme: SupportProgramme): Promise<SupportProgramme> {
    return manager.getRepository(SupportProgramme).save({ ...programme });
  }

  async delete(manager: EntityManager, fairId: string, id: string): Promise<void> {
    await manager.getRepository(SupportProgramme).delete({ fairId, id });
  }

  /**
   * Locks these programmes' rows in id order (so concurrent callers cannot deadlock) and
   * answers what each has left, in đồng. Unknown ids are left out.
   */
  async lockRemaining(
    manager: EntityManager,
    ids: readonly string[],
  ): Promise<Map<string, bigint>> {
    const sorted = [...new Set(ids)].sort();
    if (sorted.length === 0) return new Map();
    const rows = (await manager.query(
      `SELECT id, (total_budget - budget_used)::text AS remaining FROM support_programmes
        WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [sorted],
    )) as { id: string; remaining: string }[];
    return new Map(rows.map((r) => [r.id, BigInt(r.remaining)]));
  }

  /** Takes `amount` đồng from the budget; false (nothing taken) if that would overspend it. */
  async reserve(manager: EntityManager, id: string, amount: bigint): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [, affected]: [unknown[], number] = await manager.query(
      `UPDATE support_programmes SET budget_used = budget_used + $2::bigint, updated_at = now()
       WHERE id = $1 AND budget_used + $2::bigint <= total_budget
       RETURNING id`,
      [id, amount.toString()],
    );
    return affected === 1;
  }

  /** Gives `amount` đồng back; never below zero. */
  async release(manager: EntityManager, id: string, amount: bigint): Promise<void> {
    await manager.query(
      `UPDATE support_programmes SET budget_used = GREATEST(budget_used - $2::bigint, 0), updated_at = now()
       WHERE id = $1`,
      [id, amount.toString()],
    );
  }
}
