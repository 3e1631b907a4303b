import { Injectable } from '@nestjs/common';
import { AppError, AuthUser, Role } from '@hoicho/platform';
import { showcaseDateIssues } from '../domain';
import { SampleReportRepository } from '../samples/sample-report.repository';
import { CreateShowcaseDto, ShowcaseDto, UpdateShowcaseDto } from './dto/showcase.dto';
import { FairGate } from './fair-gate';
import { Showcase } from './showcase.entity';
import { ShowcaseRepository } from './showcase.repository';

const EMPTY_COUNTS = { invited: 0, proposed: 0, accepted: 0, declined: 0, withdrawn: 0 };
type Counts = typeof EMPTY_COUNTS;

export function toShowcaseDto(s: Showcase, entries: Counts = { ...EMPTY_COUNTS }): ShowcaseDto {
  return {
    id: s.id,
    fairId: s.fairId,
    titleVi: s.titleVi,
    titleEn: s.titleEn,
    theme: s.theme,
    location: s.location,
    curator: s.curator,
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    entries,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

@Injectable()
export class ShowcasesService {
  constructor(
    private readonly showcases: ShowcaseRepository,
    private readonly reports: SampleReportRepository,
    private readonly gate: FairGate,
  ) {}

  async create(user: AuthUser, fairId: string, dto: CreateShowcaseDto): Promise<ShowcaseDto> {
    const fair = await this.gate.forOrganiser(user, fairId);
    this.gate.assertOngoing(fair);
    checkDates(dto, fair.days);
    const showcase = await this.showcases.insert({
      fairId,
      titleVi: dto.titleVi,
      titleEn: dto.titleEn ?? null,
      theme: dto.theme ?? null,
      location: dto.location ?? null,
      curator: dto.curator ?? null,
      startsOn: dto.startsOn,
      endsOn: dto.endsOn,
      createdBy: user.id,
    });
    return toShowcaseDto(showcase);
  }

  async update(
    user: AuthUser,
    fairId: string,
    showcaseId: string,
    dto: UpdateShowcaseDto,
  ): Promise<ShowcaseDto> {
    const fair = await this.gate.forOrganiser(user, fairId);
    this.gate.assertOngoing(fair);
    const showcase = await this.find(fairId, showcaseId);
    const next = { ...showcase };
    for (const key of [
      'titleVi',
      'titleEn',
      'theme',
      'location',
      'curator',
      'startsOn',
      'endsOn',
    ] as const) {
      if (dto[key] !== undefined) (next as Record<string, unknown>)[key] = dto[key];
    }
    // The fair's days bound the dates being set; a title fix is not refused because the fair's
    // days moved since the showcase was made. The order is always checked.
    const datesChanged = dto.startsOn !== undefined || dto.endsOn !== undefined;
    checkDates(next, datesChanged ? fair.days : []);
    await this.showcases.update(showcase.id, {
      titleVi: next.titleVi,
      titleEn: next.titleEn,
      theme: next.theme,
      location: next.location,
      curator: next.curator,
      startsOn: next.startsOn,
      endsOn: next.endsOn,
    });
    const updated = (await this.list(user, fairId)).find((s) => s.id === showcaseId);
    // Deleted by someone else in the meantime.
    if (!updated) throw AppError.notFound('Showcase');
    return updated;
  }

  /** The fair's showcases with how many entries each has in every state. */
  async list(user: AuthUser, fairId: string): Promise<ShowcaseDto[]> {
    await this.gate.forReader(user, fairId);
    const showcases = await this.showcases.ofFair(fairId);
    const counts = await this.reports.entryCounts(
      fairId,
      user.role === Role.Producer ? user.producerId! : undefined,
    );
    return showcases.map((s) => {
      const entries = { ...EMPTY_COUNTS };
      for (const c of counts.filter((c) => c.showcaseId === s.id)) entries[c.entryStatus] = c.n;
      return toShowcaseDto(s, entries);
    });
  }

  /** 404 when the showcase is not in this fair. */
  async find(fairId: string, showcaseId: string): Promise<Showcase> {
    const showcase = await this.showcases.findInFair(fairId, showcaseId);
    if (!showcase) throw AppError.notFound('Showcase');
    return showcase;
  }
}

function checkDates(
  dates: { startsOn: string; endsOn: string },
  fairDays: readonly { date: string }[],
): void {
  const issues = showcaseDateIssues(
    dates,
    fairDays.map((d) => d.date),
  );
  if (issues.length > 0) throw AppError.validation(issues);
}
