import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UsersService } from '@hoicho/accounts';
import { Producer } from '@hoicho/exhibitors';
import { FairQueryService, FairsService } from '@hoicho/fairs';
import { DEMO_ORGANISER_EMAIL, demoAuthUser } from './demo-accounts';
import { DEMO_FAIR_NAME } from './demo-fair';

export interface DemoFairSummary {
  name: string;
  booths: number;
  producers: number;
}

/** The newest demo fair, as the demo organiser sees it, for the banner (on every start). */
@Injectable()
export class DemoSummary {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly fairQuery: FairQueryService,
    private readonly fairs: FairsService,
  ) {}

  async fair(): Promise<DemoFairSummary | undefined> {
    const user = await this.users.findWithPassword(DEMO_ORGANISER_EMAIL);
    if (!user?.organisingBodyId) return undefined;
    const { items } = await this.fairQuery.listByBody(demoAuthUser(user), user.organisingBodyId, {
      page: 1,
      pageSize: 100,
    });
    const fair = items.find((f) => f.nameVi.startsWith(DEMO_FAIR_NAME));
    if (!fair) return undefined;
    return {
      name: fair.nameVi,
      booths: (await this.fairs.getPlan(fair.id)).booths.length,
      producers: await this.dataSource.getRepository(Producer).count(),
    };
  }
}
