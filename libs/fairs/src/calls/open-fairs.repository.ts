import { Injectable } from '@nestjs/common';
import { DataSource, In, MoreThan, Not } from 'typeorm';
import { BoothType } from '../plan/booth-type.entity';
import { SupportProgramme } from '../support/support-programme.entity';
import { FairDay } from '../fairs/fair-day.entity';
import { Fair } from '../fairs/fair.entity';

/** A fair as its call for applications shows it to anyone, with what the call offers. */
export interface CallRow {
  fair: Fair;
  days: FairDay[];
  boothTypes: BoothType[];
  programmes: SupportProgramme[];
}

/** Reads of fairs for their public calls for applications. */
@Injectable()
export class OpenFairsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Fairs whose call is open or about to open (status `open`, deadline ahead), soonest first. */
  async listOpen(now: Date): Promise<CallRow[]> {
    const fairs = await this.dataSource.getRepository(Fair).find({
      where: { status: 'open', applicationsCloseAt: MoreThan(now) },
      order: { applicationsCloseAt: 'ASC', id: 'ASC' },
    });
    return this.withOffer(fairs);
  }

  /** One fair's call, whatever its status but a draft's (a draft is nobody's business yet). */
  async findPublished(fairId: string): Promise<CallRow | undefined> {
    const fair = await this.dataSource
      .getRepository(Fair)
      .findOneBy({ id: fairId, status: Not('draft') });
    return fair ? (await this.withOffer([fair]))[0] : undefined;
  }

  private async withOffer(fairs: Fair[]): Promise<CallRow[]> {
    if (!fairs.length) return [];
    const fairId = In(fairs.map((fair) => fair.id));
    const [days, boothTypes, programmes] = await Promise.all([
      this.dataSource.getRepository(FairDay).find({ where: { fairId }, order: { day: 'ASC' } }),
      this.dataSource.getRepository(BoothType).find({ where: { fairId }, order: { price: 'ASC' } }),
      this.dataSource
        .getRepository(SupportProgramme)
        .find({ where: { fairId }, order: { ratePercent: 'DESC' } }),
    ]);
    return fairs.map((fair) => ({
      fair,
      days: days.filter((d) => d.fairId === fair.id),
      boothTypes: boothTypes.filter((t) => t.fairId === fair.id),
      programmes: programmes.filter((p) => p.fairId === fair.id),
    }));
  }
}
