import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { escapeLike, PageQueryDto } from '@hoicho/platform';
import type { VisitorLanguage, VisitorSegment } from '../domain';
import { emailKey, sameEmail } from './email-key.sql';
import { VisitorEntity } from './visitor.entity';

/** Every column a writer sets; the database fills id and the timestamps. */
export type NewVisitor = Omit<VisitorEntity, 'id' | 'createdAt' | 'updatedAt'>;

/** A row of an upsert: the merged visitor, stamped now. */
export type VisitorWrite = NewVisitor & { updatedAt: Date };

export interface VisitorFilter {
  /** Name, organisation or email; diacritics and case ignored. */
  q?: string;
  segment?: VisitorSegment;
  /** A tag key (lower case). */
  tagKey?: string;
}

/** What a letter and a ticket need of a visitor found by address. */
export interface VisitorContact {
  id: string;
  name: string;
  organisation: string | null;
  language: VisitorLanguage | null;
  country: string | null;
}

const UPSERT_COLUMNS = [
  'name',
  'organisation',
  'phone',
  'country',
  'language',
  'segment',
  'tags',
  'tag_keys',
  'consent',
  'updated_at',
];

/** The visitor lists of all organising bodies (`visitors`). */
@Injectable()
export class VisitorRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Serialises the writers of one body's list (imports, registration, edits, deletes) until
   * the caller's transaction ends, so none merges from a stale read.
   */
  async lockList(manager: EntityManager, bodyId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('visitors:' || $1::text))`, [
      bodyId,
    ]);
  }

  /** One page of a body's list in Vietnamese name order (An, Anh, Ánh, Ă, Ân, …, Đặng). */
  async page(
    bodyId: string,
    filter: VisitorFilter,
    page: PageQueryDto,
  ): Promise<{ items: VisitorEntity[]; total: number }> {
    const qb = this.dataSource
      .getRepository(VisitorEntity)
      .createQueryBuilder('v')
      .where('v.organising_body_id = :bodyId', { bodyId });
    if (filter.q) {
      // search_key: hc_search_key of name, organisation and address, stored with the row.
      qb.andWhere(`v.search_key LIKE '%' || hc_search_key(:q) || '%'`, {
        q: escapeLike(filter.q),
      });
    }
    if (filter.segment) qb.andWhere('v.segment = :segment', { segment: filter.segment });
    if (filter.tagKey) qb.andWhere(':tag = ANY(v.tag_keys)', { tag: filter.tagKey });
    const [items, total] = await qb
      .orderBy('v.name COLLATE "vi"', 'ASC')
      .addOrderBy('v.id')
      .skip((page.page - 1) * page.pageSize)
      .take(page.pageSize)
      .getManyAndCount();
    return { items, total };
  }

  findById(id: string): Promise<VisitorEntity | null> {
    return this.dataSource.getRepository(VisitorEntity).findOneBy({ id });
  }

  /** The visitor as the caller's transaction sees it, once it holds the list lock. */
  findForEdit(manager: EntityManager, id: string): Promise<VisitorEntity | null> {
    return manager.getRepository(VisitorEntity).findOneBy({ id });
  }

  findInBody(bodyId: string, id: string): Promise<VisitorEntity | null> {
    return this.dataSource.getRepository(VisitorEntity).findOneBy({ id, organisingBodyId: bodyId });
  }

  /** How many of `ids` are on the body's list. */
  async countInBody(bodyId: string, ids: readonly string[]): Promise<number> {
    const [{ found }]: { found: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS found FROM visitors WHERE organising_body_id = $1 AND id = ANY($2::uuid[])`,
      [bodyId, ids],
    );
    return found;
  }

  async emailTaken(manager: EntityManager, bodyId: string, email: string): Promise<boolean> {
    const [{ taken }]: { taken: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM visitors
                       WHERE organising_body_id = $1 AND ${sameEmail('email', '$2')}) AS taken`,
      [bodyId, email],
    );
    return taken;
  }

  insert(manager: EntityManager, visitor: NewVisitor): Promise<VisitorEntity> {
    const repository = manager.getRepository(VisitorEntity);
    return repository.save(repository.create(visitor));
  }

  /** The body's visitors among `ids`, as the caller's transaction sees them. */
  findManyInBody(
    manager: EntityManager,
    bodyId: string,
    ids: readonly string[],
  ): Promise<VisitorEntity[]> {
    return manager
      .getRepository(VisitorEntity)
      .createQueryBuilder('v')
      .where('v.organising_body_id = :bodyId', { bodyId })
      .andWhere('v.id = ANY(:ids)', { ids })
      .getMany();
  }

  /** Writes the changed fields of visitors read in the same transaction. */
  async saveMany(manager: EntityManager, visitors: VisitorEntity[]): Promise<void> {
    await manager.getRepository(VisitorEntity).save(visitors);
  }

  /** Writes the changed fields of a visitor read in the same transaction. */
  save(manager: EntityManager, visitor: VisitorEntity): Promise<VisitorEntity> {
    return manager.getRepository(VisitorEntity).save(visitor);
  }

  /** The body's stored visitors with any of these (normalised) addresses. */
  findByEmails(
    manager: EntityManager,
    bodyId: string,
    emails: readonly string[],
  ): Promise<VisitorEntity[]> {
    return manager
      .getRepository(VisitorEntity)
      .createQueryBuilder('v')
      .where('v.organising_body_id = :bodyId', { bodyId })
      .andWhere(
        `${emailKey('v.email')} IN (SELECT lower(e) FROM unnest(CAST(:emails AS text[])) e)`,
        { emails },
      )
      .getMany();
  }

  /** Inserts, or replaces the fields of the visitor with the same body and address. */
  async upsertMany(
    manager: EntityManager,
    writes: readonly VisitorWrite[],
  ): Promise<{ id: string; email: string }[]> {
    if (writes.length === 0) return [];
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(VisitorEntity)
      .values(writes as VisitorWrite[])
      .orUpdate(UPSERT_COLUMNS, ['organising_body_id', 'email'])
      .returning(['id', 'email'])
      .execute();
    return result.raw as { id: string; email: string }[];
  }

  async findContactByEmail(
    manager: EntityManager,
    bodyId: string,
    email: string,
  ): Promise<VisitorContact | undefined> {
    const [row]: VisitorContact[] = await manager.query(
      `SELECT id, name, organisation, language, country FROM visitors
        WHERE organising_body_id = $1 AND ${sameEmail('email', '$2')}`,
      [bodyId, email],
    );
    return row;
  }

  /** Locks the row for a delete; false when it is gone already. */
  async lockForDelete(manager: EntityManager, id: string): Promise<boolean> {
    const locked: unknown[] = await manager.query(
      'SELECT id FROM visitors WHERE id = $1 FOR UPDATE',
      [id],
    );
    return locked.length > 0;
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.query('DELETE FROM visitors WHERE id = $1', [id]);
  }
}
