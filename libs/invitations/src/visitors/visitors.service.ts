import { Injectable } from '@nestjs/common';
import { AppError, AuthUser, Page, pageOf, TransactionRunner } from '@hoicho/platform';
import { tagKey } from '../domain/visitor-fields';
import { InvitationsAccess } from '../access/invitations-access';
import { visitorExists } from '../invitations.errors';
import { CreateVisitorDto, UpdateVisitorDto, VisitorDto, VisitorQueryDto } from './dto/visitor.dto';
import { visitorPhone } from './visitor-phone';
import { VisitorRepository } from './visitor.repository';
import { toVisitorDto } from './visitor.view';

/** One organising body's visitor list, by hand: list, add, read and change one visitor. */
@Injectable()
export class VisitorsService {
  constructor(
    private readonly access: InvitationsAccess,
    private readonly transactions: TransactionRunner,
    private readonly visitors: VisitorRepository,
  ) {}

  async list(user: AuthUser, bodyId: string, query: VisitorQueryDto): Promise<Page<VisitorDto>> {
    this.access.body(user, bodyId);
    const { items, total } = await this.visitors.page(
      bodyId,
      { q: query.q, segment: query.segment, tagKey: query.tag && tagKey(query.tag) },
      query,
    );
    return pageOf(items.map(toVisitorDto), total, query);
  }

  async create(user: AuthUser, bodyId: string, dto: CreateVisitorDto): Promise<VisitorDto> {
    this.access.body(user, bodyId);
    return this.transactions.run(async ({ manager }) => {
      await this.visitors.lockList(manager, bodyId);
      if (await this.visitors.emailTaken(manager, bodyId, dto.email)) {
        throw visitorExists(dto.email);
      }
      const tags = dedupeTags(dto.tags ?? []);
      const row = await this.visitors.insert(manager, {
        organisingBodyId: bodyId,
        email: dto.email,
        name: dto.name,
        organisation: dto.organisation ?? null,
        phone: visitorPhone(dto.phone ?? null, dto.country),
        country: dto.country ?? null,
        language: dto.language ?? null,
        segment: dto.segment ?? null,
        tags,
        tagKeys: tags.map(tagKey),
        consent: dto.consent ?? null,
        source: 'manual',
      });
      return toVisitorDto(row);
    });
  }

  async get(user: AuthUser, visitorId: string): Promise<VisitorDto> {
    return toVisitorDto(await this.access.visitor(user, visitorId));
  }

  async update(user: AuthUser, visitorId: string, dto: UpdateVisitorDto): Promise<VisitorDto> {
    const current = await this.access.visitor(user, visitorId);
    return this.transactions.run(async ({ manager }) => {
      await this.visitors.lockList(manager, current.organisingBodyId);
      const row = await this.visitors.findForEdit(manager, visitorId);
      if (!row) throw AppError.notFound('Visitor'); // deleted meanwhile
      if (dto.email !== undefined && dto.email !== row.email.toLowerCase()) {
        if (await this.visitors.emailTaken(manager, row.organisingBodyId, dto.email)) {
          throw visitorExists(dto.email);
        }
        row.email = dto.email;
      }
      if (dto.name !== undefined) row.name = dto.name;
      if (dto.organisation !== undefined) row.organisation = dto.organisation;
      if (dto.phone !== undefined) {
        row.phone = visitorPhone(dto.phone, dto.country !== undefined ? dto.country : row.country);
      }
      if (dto.country !== undefined) row.country = dto.country;
      if (dto.language !== undefined) row.language = dto.language;
      if (dto.segment !== undefined) row.segment = dto.segment;
      if (dto.consent !== undefined) row.consent = dto.consent;
      if (dto.tags !== undefined) {
        row.tags = dedupeTags(dto.tags);
        row.tagKeys = row.tags.map(tagKey);
      }
      return toVisitorDto(await this.visitors.save(manager, row));
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
