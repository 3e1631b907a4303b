import { Injectable } from '@nestjs/common';
import { OrganisingBodiesService } from '@hoicho/accounts';
import { AppError, assertBodyAccess, AuthUser, TransactionRunner } from '@hoicho/platform';
import { parseInstant } from '@hoicho/platform/domain';
import { FairAccess } from '../common/fair-access.service';
import { CreateFairDto } from './dto/create-fair.dto';
import { FairDto } from './dto/fair-view.dto';
import { UpdateFairDto } from './dto/update-fair.dto';
import { checkFairDates, FairDates } from './fair-dates.rules';
import { FairQueryService } from './fair-query.service';
import { FairRepository } from './fair.repository';
import { FairStatusLogRepository } from './fair-status-log.repository';
import { toDayDto } from './fair.view';

/** Creates fairs and edits their details; dates are checked as a whole before anything is written. */
@Injectable()
export class FairEditorService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: FairAccess,
    private readonly bodies: OrganisingBodiesService,
    private readonly fairs: FairRepository,
    private readonly log: FairStatusLogRepository,
    private readonly views: FairQueryService,
  ) {}

  /** A new fair starts as a draft; its creation is the first entry of the status log. */
  async create(user: AuthUser, organisingBodyId: string, dto: CreateFairDto): Promise<FairDto> {
    assertBodyAccess(user, organisingBodyId);
    await this.bodies.get(organisingBodyId); // an admin naming a body that does not exist gets 404
    const dates = {
      days: dto.days,
      applicationsOpenAt: parseInstant(dto.applicationsOpenAt)!,
      applicationsCloseAt: parseInstant(dto.applicationsCloseAt)!,
      withdrawalDeadline: dto.withdrawalDeadline ? parseInstant(dto.withdrawalDeadline)! : null,
    };
    assertDatesFit(dates);
    const fair = await this.transactions.run(async ({ manager }) => {
      const created = await this.fairs.insert(manager, {
        organisingBodyId,
        nameVi: dto.nameVi,
        nameEn: dto.nameEn ?? null,
        venueName: dto.venueName,
        venueAddress: dto.venueAddress,
        applicationsOpenAt: dates.applicationsOpenAt,
        applicationsCloseAt: dates.applicationsCloseAt,
        withdrawalDeadline: dates.withdrawalDeadline,
        status: 'draft',
        createdBy: user.id,
      });
      await this.fairs.insertDays(manager, created.id, dto.days);
      await this.log.append(manager, {
        fairId: created.id,
        fromStatus: null,
        toStatus: 'draft',
        reason: null,
        changedBy: user.id,
      });
      return created;
    });
    return this.views.view(fair);
  }

  /** Changes the fields sent; refused once the fair is closed or cancelled. */
  async update(user: AuthUser, fairId: string, dto: UpdateFairDto): Promise<FairDto> {
    await this.access.get(user, fairId);
    const fair = await this.transactions.run(async ({ manager }) => {
      const fair = await this.access.lockForEdit(manager, fairId);
      const storedDays = await this.fairs.daysOf([fairId], manager);
      const instant = (text: string | null | undefined, current: Date | null) =>
        text === undefined ? current : text === null ? null : parseInstant(text)!;
      const dates = {
        days: dto.days ?? storedDays.map(toDayDto),
        applicationsOpenAt: instant(dto.applicationsOpenAt, fair.applicationsOpenAt)!,
        applicationsCloseAt: instant(dto.applicationsCloseAt, fair.applicationsCloseAt)!,
        withdrawalDeadline: instant(dto.withdrawalDeadline, fair.withdrawalDeadline),
      };
      assertDatesFit(dates);
      const { days, ...instants } = dates;
      const updated = await this.fairs.save(manager, {
        ...fair,
        ...instants,
        nameVi: dto.nameVi ?? fair.nameVi,
        nameEn: dto.nameEn === undefined ? fair.nameEn : dto.nameEn,
        venueName: dto.venueName ?? fair.venueName,
        venueAddress: dto.venueAddress ?? fair.venueAddress,
        requiredDocumentKinds: dto.requiredDocumentKinds ?? fair.requiredDocumentKinds,
      });
      if (dto.days) await this.fairs.replaceDays(manager, fairId, days);
      return updated;
    });
    return this.views.view(fair);
  }
}

function assertDatesFit(dates: FairDates): void {
  const issues = checkFairDates(dates);
  if (issues.length > 0) throw AppError.validation(issues, 'The fair’s dates do not fit together');
}
