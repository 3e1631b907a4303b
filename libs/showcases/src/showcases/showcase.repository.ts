import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { Showcase } from './showcase.entity';

export type ShowcaseValues = Omit<Showcase, 'id' | 'createdAt' | 'updatedAt'>;
export type ShowcaseChange = Omit<ShowcaseValues, 'fairId' | 'createdBy'>;

/** Showcase rows; each is looked up within its fair. */
@Injectable()
export class ShowcaseRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The new showcase as stored (with its timestamps). */
  async insert(values: ShowcaseValues): Promise<Showcase> {
    const repo = this.dataSource.getRepository(Showcase);
    const saved = await repo.save(repo.create(values));
    return repo.findOneByOrFail({ id: saved.id });
  }

  async update(id: string, change: ShowcaseChange): Promise<void> {
    await this.dataSource.getRepository(Showcase).update(id, change);
  }

  findInFair(fairId: string, id: string): Promise<Showcase | null> {
    return this.dataSource.getRepository(Showcase).findOneBy({ id, fairId });
  }

  /** Showcases by id, in any order (unknown ids left out). */
  byIds(ids: readonly string[]): Promise<Showcase[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(Showcase).findBy({ id: In([...new Set(ids)]) });
  }

  /** The showcase locked in the caller's transaction (a new entry for it then waits). */
  lockInFair(manager: EntityManager, fairId: string, id: string): Promise<Showcase | null> {
    return manager.getRepository(Showcase).findOne({
      where: { id, fairId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The fair's showcases by start day, then title in Vietnamese order. */
  ofFair(fairId: string): Promise<Showcase[]> {
    return this.dataSource
      .getRepository(Showcase)
      .createQueryBuilder('s')
      .where('s.fairId = :fairId', { fairId })
      .orderBy('s.startsOn')
      .addOrderBy('s.titleVi COLLATE vi')
      .addOrderBy('s.id')
      .getMany();
  }

  /**
   * Deletes the showcase with its entries (ON DELETE CASCADE); a sample with a custody trail
   * or an inquiry from its label breaks a foreign key instead.
   */
  async delete(manager: EntityManager, fairId: string, id: string): Promise<void> {
    await manager.getRepository(Showcase).delete({ id, fairId });
  }
}
