import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AppError,
  assertBodyAccess,
  AuthUser,
  escapeLike,
  Page,
  pageOf,
  TransactionRunner,
} from '@hoicho/platform';
import { tagKey } from '../domain/visitor-fields';
import { visitorExists } from '../invitations.errors';
import { CreateVisitorDto, UpdateVisitorDto, VisitorDto, VisitorQueryDto } from './dto/visitor.dto';
import { VisitorEntity } from './visitor.entity';
import { toVisitorDto } from './visitor.view';

const SEARCH_KEY = `hc_search_key(v.name || ' ' || coalesce(v.organisation, '') || ' ' || v.email::text)`;

/** One organising body's visitor list; every read and write is scoped by the caller's body. */
@Injectable()
export class VisitorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  async list(bodyId: string, query: VisitorQueryDto): Promise<Page<VisitorDto>> {
    const qb = this.dataSource
      .getRepository(VisitorEntity)
      .createQueryBuilder('v')
      .where('v.organising_body_id = :bodyId', { bodyId });
    if (query.q) {
      qb.andWhere(`${SEARCH_KEY} LIKE '%' || hc_search_key(:q) || '%'`, { q: escapeLike(query.q) });
    }
    if (query.segment) qb.andWhere('v.segment = :segment', { segment: query.segment });
    if (query.tag) qb.andWhere(':tag = ANY(v.tag_keys)', { tag: tagKey(query.tag) });
    const [rows, total] = await qb
      // Vietnamese order: An, Anh, Ánh, Ă, Ân, …, Dương, Đặng.
      .orderBy('v.name COLLATE "vi"', 'ASC')
      .addOrderBy('v.id')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return pageOf(rows.map(toVisitorDto), total, query);
  }

  async create(bodyId: string, dto: CreateVisitorDto): Promise<VisitorDto> {
    return this.transactions.run(async ({ manager }) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('visitors:' || $1::text))`, [
        bodyId,
      ]);
      const repository = manager.getRepository(VisitorEntity);
      if (await repository.existsBy({ organisingBodyId: bodyId, email: dto.email })) {
        throw visitorExists(dto.email);
      }
      const tags = dedupeTags(dto.tags ?? []);
      const row = await repository.save(
        repository.create({
          organisingBodyId: bodyId,
          email: dto.email,
          name: dto.name,
          organisation: dto.organisation ?? null,
          phone: dto.phone ?? null,
          country: dto.country ?? null,
          language: dto.language ?? null,
          segment: dto.segment ?? null,
          tags,
          tagKeys: tags.map(tagKey),
          consent: dto.consent ?? null,
          source: 'manual',
        }),
      );
      return toVisitorDto(row);
    });
  }

  /** The visitor if the caller's body keeps it; 404 for another body's visitor alike. */
  async load(user: AuthUser, visitorId: string): Promise<VisitorEntity> {
    const row = await this.dataSource.getRepository(VisitorEntity).findOneBy({ id: visitorId });
    if (!row) throw AppError.notFound('Visitor');
    assertBodyAccess(user, row.organisingBodyId, 'Visitor');
    return row;
  }

  async get(user: AuthUser, visitorId: string): Promise<VisitorDto> {
    return toVisitorDto(await this.load(user, visitorId));
  }

  async update(user: AuthUser, visitorId: string, dto: UpdateVisitorDto): Promise<VisitorDto> {
    const current = await this.load(user, visitorId);
    return this.transactions.run(async ({ manager }) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('visitors:' || $1::text))`, [
        current.organisingBodyId,
      ]);
      const repository = manager.getRepository(VisitorEntity);
      const row = await repository.findOneByOrFail({ id: visitorId });
      if (dto.email !== undefined && dto.email !== row.email.toLowerCase()) {
        const taken = await repository.existsBy({
          organisingBodyId: row.organisingBodyId,
          email: dto.email,
        });
        if (taken) throw visitorExists(dto.email);
        row.email = dto.email;
      }
      if (dto.name !== undefined) row.name = dto.name;
      if (dto.organisation !== undefined) row.organisation = dto.organisation;
      if (dto.phone !== undefined) row.phone = dto.phone;
      if (dto.country !== undefined) row.country = dto.country;
      if (dto.language !== undefined) row.language = dto.language;
      if (dto.segment !== undefined) row.segment = dto.segment;
      if (dto.consent !== undefined) row.consent = dto.consent;
      if (dto.tags !== undefined) {
        row.tags = dedupeTags(dto.tags);
        row.tagKeys = row.tags.map(tagKey);
      }
      return toVisitorDto(await repository.save(row));
    });
  }
}

function dedupeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tagKey(tag);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
