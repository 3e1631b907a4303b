import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { idPageStatements } from '../common/search-words';
import { Producer } from './producer.entity';

export interface ProducerSearch {
  q?: string;
  craftVillageId?: string;
  craftCategory?: string;
  published?: boolean;
  limit: number;
  offset: number;
}

/**
 * Producer rows. `search_key` (name, craft and village words) is kept by the table's own
 * trigger, so a save recomputes it.
 */
@Injectable()
export class ProducerRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string): Promise<Producer | null> {
    return this.dataSource.getRepository(Producer).findOneBy({ id });
  }

  exists(id: string): Promise<boolean> {
    return this.dataSource.getRepository(Producer).existsBy({ id });
  }

  /** Those of `ids` that exist, in no particular order. */
  byIds(ids: readonly string[]): Promise<Producer[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(Producer).findBy({ id: In([...ids]) });
  }

  /** A new producer with its name and legal form (sign-up); the rest of the profile comes later. */
  insert(
    manager: EntityManager,
    producer: Pick<Producer, 'legalNameVi' | 'legalForm'>,
  ): Promise<Producer> {
    return manager.getRepository(Producer).save(producer);
  }

  /** The row locked for an update in the caller's transaction. */
  lock(manager: EntityManager, id: string): Promise<Producer | null> {
    return manager
      .getRepository(Producer)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Writes the whole profile (a tax code taken by another breaks `producers_tax_code_key`). */
  async save(manager: EntityManager, producer: Producer): Promise<void> {
    await manager.getRepository(Producer).save(producer);
  }

  /** Ids of one page in Vietnamese name order, and how many producers match. */
  async search(search: ProducerSearch): Promise<{ ids: string[]; total: number }> {
    const filters = [
      ['craft_village_id', search.craftVillageId],
      ['craft_category', search.craftCategory],
      ['published', search.published],
    ] as const;
    const { count, page } = idPageStatements(
      { table: 'producers', order: 'legal_name_vi COLLATE vi, id', query: search.q, filters },
      search.limit,
      search.offset,
    );
    const [{ total }]: { total: number }[] = await this.dataSource.query(count.sql, count.params);
    const rows: { id: string }[] = await this.dataSource.query(page.sql, page.params);
    return { ids: rows.map((row) => row.id), total };
  }
}
