import { Injectable } from '@nestjs/common';
import { Page, pageOf } from '@hoicho/platform';
import { ProducerQueryDto } from './dto/producer-query.dto';
import { ProducerSummaryDto } from './dto/producer-view.dto';
import { ProducerReader } from './producer-reader.service';
import { ProducerRepository } from './producer.repository';
import { pageWindow } from '../common/page-window';

/**
 * Producers found by name, village or craft regardless of diacritics ("phu vinh may tre"
 * finds "Phú Vinh mây tre đan"), in Vietnamese order. The trigger-kept `search_key` has a
 * trigram index, so the LIKE conditions stay fast on a large table.
 */
@Injectable()
export class ProducerSearchService {
  constructor(
    private readonly producers: ProducerRepository,
    private readonly reader: ProducerReader,
  ) {}

  async search(query: ProducerQueryDto): Promise<Page<ProducerSummaryDto>> {
    const { ids, total } = await this.producers.search({ ...query, ...pageWindow(query) });
    return pageOf(await this.reader.summaries(ids), total, query);
  }
}
