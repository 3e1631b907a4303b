import { Injectable } from '@nestjs/common';
import { Page, pageOf } from '@hoicho/platform';
import { DataSource } from 'typeorm';
import { searchConditions } from '../common/search-words';
import { ProducerQueryDto } from './dto/producer-query.dto';
import { ProducerSummaryDto } from './dto/producer-view.dto';
import { ProducerReader } from './producer-reader.service';

/**
 * Producers found by name, village or craft regardless of diacritics ("phu vinh may tre"
 * finds "Phú Vinh mây tre đan"), in Vietnamese order. The trigger-kept `search_key` has a
 * trigram index, so the LIKE conditions stay fast on a large table.
 */
@Injectable()
export class ProducerSearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: ProducerReader,
  ) {}

  async search(query: ProducerQueryDto): Promise<Page<ProducerSummaryDto>> {
    const params: unknown[] = [];
    const where = searchConditions('search_key', query.q, params);
    const filters = [
      ['craft_village_id', query.craftVillageId],
      ['craft_category', query.craftCategory],
      ['published', query.published],
    ] as const;
    for (const [column, value] of filters) {
      if (value === undefined) continue;
      params.push(value);
      where.push(`${column} = $${params.length}`);
    }
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM producers ${whereSql}`,
      params,
    );
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM producers ${whereSql}
        ORDER BY legal_name_vi COLLATE vi, id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return pageOf(await this.reader.summaries(rows.map((r) => r.id)), total, query);
  }
}
