import { Injectable } from '@nestjs/common';
import { AppError, AuthUser, TransactionRunner } from '@hoicho/platform';
import { tagKey, unionTags } from '../domain/visitor-fields';
import { InvitationsAccess } from '../access/invitations-access';
import { BulkVisitorsDto } from './dto/visitor-bulk.dto';
import { VisitorRepository } from './visitor.repository';

const MAX_TAGS = 50;

/** Tags and segment of many visitors of one body changed in one transaction: all or none. */
@Injectable()
export class VisitorBulkService {
  constructor(
    private readonly access: InvitationsAccess,
    private readonly transactions: TransactionRunner,
    private readonly visitors: VisitorRepository,
  ) {}

  async apply(user: AuthUser, bodyId: string, dto: BulkVisitorsDto): Promise<{ updated: number }> {
    this.access.body(user, bodyId);
    const add = dto.addTags ?? [];
    const remove = new Set((dto.removeTags ?? []).map(tagKey));
    if (add.length === 0 && remove.size === 0 && dto.segment === undefined) {
      throw AppError.validation([
        {
          field: 'addTags',
          message: 'give tags to add or remove, or a segment',
          texts: {
            vi: 'Hãy chọn thẻ để thêm hoặc bỏ, hoặc một phân khúc',
            en: 'Give tags to add or remove, or a segment',
          },
        },
      ]);
    }
    const ids = [...new Set(dto.ids)];
    return this.transactions.run(async ({ manager }) => {
      await this.visitors.lockList(manager, bodyId);
      const rows = await this.visitors.findManyInBody(manager, bodyId, ids);
      if (rows.length !== ids.length) {
        const found = new Set(rows.map((row) => row.id));
        const missing = ids.filter((id) => !found.has(id));
        throw new AppError(
          'not_found',
          'visitors_not_found',
          'Some visitors are not on your list',
          [
            {
              field: 'ids',
              message: `not on your list: ${missing.join(', ')}`,
              texts: {
                vi: `Không có trong danh sách khách của bạn: ${missing.join(', ')}`,
                en: `Not on your visitor list: ${missing.join(', ')}`,
              },
            },
          ],
        );
      }
      for (const row of rows) {
        const tags = unionTags(row.tags, add).filter((tag) => !remove.has(tagKey(tag)));
        if (tags.length > MAX_TAGS) {
          throw AppError.validation([
            {
              field: 'addTags',
              message: `${row.email} would have more than ${MAX_TAGS} tags`,
              texts: {
                vi: `${row.email} sẽ có quá ${MAX_TAGS} thẻ`,
                en: `${row.email} would have more than ${MAX_TAGS} tags`,
              },
            },
          ]);
        }
        row.tags = tags;
        row.tagKeys = tags.map(tagKey);
        if (dto.segment !== undefined) row.segment = dto.segment;
      }
      await this.visitors.saveMany(manager, rows);
      return { updated: rows.length };
    });
  }
}
