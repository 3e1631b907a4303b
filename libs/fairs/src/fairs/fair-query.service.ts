import { Injectable } from '@nestjs/common';
import { OrganisingBodiesService } from '@hoicho/accounts';
import { assertBodyAccess, AuthUser, Page, pageOf } from '@hoicho/platform';
import { FairAccess } from '../common/fair-access.service';
import { FairQueryDto } from './dto/fair-query.dto';
import { FairDto } from './dto/fair-view.dto';
import { Fair } from './fair.entity';
import { FairRepository } from './fair.repository';
import { toFairDto } from './fair.view';

/** Reads fairs with their days, as the caller's organising body may see them. */
@Injectable()
export class FairQueryService {
  constructor(
    private readonly fairs: FairRepository,
    private readonly access: FairAccess,
    private readonly bodies: OrganisingBodiesService,
  ) {}

  async get(user: AuthUser, fairId: string): Promise<FairDto> {
    return this.view(await this.access.get(user, fairId));
  }

  /** A fair the caller has already been given (access checked or not needed). */
  async view(fair: Fair): Promise<FairDto> {
    return toFairDto(fair, await this.fairs.daysOf([fair.id]));
  }

  /** A body's fairs, newest first; another body (or none) is 404. */
  async listByBody(user: AuthUser, bodyId: string, query: FairQueryDto): Promise<Page<FairDto>> {
    assertBodyAccess(user, bodyId);
    await this.bodies.get(bodyId); // an admin naming a body that does not exist gets 404
    const { fairs, total } = await this.fairs.pageByBody(bodyId, query.status, query);
    const days = await this.fairs.daysOf(fairs.map((f) => f.id));
    const items = fairs.map((fair) =>
      toFairDto(
        fair,
        days.filter((d) => d.fairId === fair.id),
      ),
    );
    return pageOf(items, total, query);
  }
}
