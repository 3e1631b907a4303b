import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Page, pageOf } from '@hoicho/platform';
import { FairQueryDto } from './dto/fair-query.dto';
import { FairDto } from './dto/fair-view.dto';
import { FairDay } from './fair-day.entity';
import { Fair } from './fair.entity';
import { toFairDto } from './fair.view';

/** Reads fairs with their days; callers have checked access already. */
@Injectable()
export class FairQueryService {
  constructor(private readonly dataSource: DataSource) {}

  async view(fair: Fair): Promise<FairDto> {
    const days = await this.dataSource.getRepository(FairDay).findBy({ fairId: fair.id });
    return toFairDto(fair, days);
  }

  /** A body's fairs, newest first. */
  async listByBody(organisingBodyId: string, query: FairQueryDto): Promise<Page<FairDto>> {
    const [fairs, total] = await this.dataSource.getRepository(Fair).findAndCount({
      where: { organisingBodyId, ...(query.status ? { status: query.status } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    const days = fairs.length
      ? await this.dataSource.getRepository(FairDay).findBy({ fairId: In(fairs.map((f) => f.id)) })
      : [];
    const items = fairs.map((fair) =>
      toFairDto(
        fair,
        days.filter((d) => d.fairId === fair.id),
      ),
    );
    return pageOf(items, total, query);
  }
}
