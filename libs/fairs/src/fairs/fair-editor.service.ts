import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppError, AuthUser, TransactionRunner } from '@hoicho/platform';
import { parseInstant } from '../common/hcm-time';
import { FairAccess } from '../common/fair-access.service';
import { CreateFairDto } from './dto/create-fair.dto';
import { FairDayDto } from './dto/fair-day.dto';
import { UpdateFairDto } from './dto/update-fair.dto';
import { checkFairDates } from './fair-dates.rules';
import { FairDay } from './fair-day.entity';
import { FairStatusChange } from './fair-status-change.entity';
import { Fair } from './fair.entity';
import { toDayDto } from './fair.view';

/** Creates fairs and edits their details; dates are checked as a whole before anything is written. */
@Injectable()
export class FairEditorService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: FairAccess,
  ) {}

  /** A new fair starts as a draft; its creation is the first entry of the status log. */
  create(user: AuthUser, organisingBodyId: string, dto: CreateFairDto): Promise<Fair> {
    const dates = {
      days: dto.days,
      applicationsOpenAt: parseInstant(dto.applicationsOpenAt)!,
      applicationsCloseAt: parseInstant(dto.applicationsCloseAt)!,
      withdrawalDeadline: dto.withdrawalDeadline ? parseInstant(dto.withdrawalDeadline)! : null,
    };
    const issues = checkFairDates(dates);
    if (issues.length > 0)
      throw AppError.validation(issues, 'The fair’s dates do not fit together');
    return this.transactions.run(async ({ manager }) => {
      const fair = await manager.getRepository(Fair).save({
        organisingBodyId,
        nameVi: dto.nameVi,
        nameEn: dto.nameEn ?? null,
        venueName: dto.venueName,
        venueAddress: dto.venueAddress,
        ...dates,
        status: 'draft',
        createdBy: user.id,
      });
      await this.saveDays(manager, fair.id, dto.days);
      await manager
        .getRepository(FairStatusChange)
        .insert({ fairId: fair.id, fromStatus: null, toStatus: 'draft', changedBy: user.id });
      return fair;
    });
  }

  /** Changes the fields sent; refused once the fair is closed or cancelled. */
  update(fairId: string, dto: UpdateFairDto): Promise<Fair> {
    return this.transactions.run(async ({ manager }) => {
      const fair = await this.access.lockForEdit(manager, fairId);
      const storedDays = await manager.getRepository(FairDay).findBy({ fairId });
      const instant = (text: string | null | undefined, current: Date | null) =>
        text === undefined ? current : text === null ? null : parseInstant(text)!;
      const dates = {
        days: dto.days ?? storedDays.map(toDayDto),
        applicationsOpenAt: instant(dto.applicationsOpenAt, fair.applicationsOpenAt)!,
        applicationsCloseAt: instant(dto.applicationsCloseAt, fair.applicationsCloseAt)!,
        withdrawalDeadline: instant(dto.withdrawalDeadline, fair.withdrawalDeadline),
      };
      const issues = checkFairDates(dates);
      if (issues.length > 0)
        throw AppError.validation(issues, 'The fair’s dates do not fit together');
      const { days, ...instants } = dates;
      const updated = await manager.getRepository(Fair).save({
        ...fair,
        ...instants,
        nameVi: dto.nameVi ?? fair.nameVi,
        nameEn: dto.nameEn === undefined ? fair.nameEn : dto.nameEn,
        venueName: dto.venueName ?? fair.venueName,
        venueAddress: dto.venueAddress ?? fair.venueAddress,
      });
      if (dto.days) {
        await manager.getRepository(FairDay).delete({ fairId });
        await this.saveDays(manager, fairId, days);
      }
      return updated;
    });
  }

  private async saveDays(manager: EntityManager, fairId: string, days: readonly FairDayDto[]) {
    await manager
      .getRepository(FairDay)
      .insert(days.map((d) => ({ fairId, day: d.date, opensAt: d.opens, closesAt: d.closes })));
  }
}
