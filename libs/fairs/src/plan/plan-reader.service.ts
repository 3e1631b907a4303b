import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { renderPlanSvg } from '../domain';
import { PlanDto } from './dto/plan.dto';
import { PlanStore } from './plan-store.service';
import { toPlanDto } from './plan.view';

/** The plan as JSON or as a drawing. */
@Injectable()
export class PlanReaderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: PlanStore,
  ) {}

  async plan(fairId: string): Promise<PlanDto> {
    return toPlanDto(fairId, await this.store.load(this.dataSource.manager, fairId));
  }

  async svg(fairId: string, title: string): Promise<string> {
    const stored = await this.store.load(this.dataSource.manager, fairId);
    return renderPlanSvg(this.store.toDomain(stored), { title });
  }
}
