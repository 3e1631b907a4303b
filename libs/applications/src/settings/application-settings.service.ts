import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '@hoicho/platform';
import { PriorityRules } from '../domain';
import { ApplicationSettingsInputDto } from '../dto/review-input.dto';
import { ApplicationSettingsDto } from '../dto/application-view.dto';
import { ApplicationSettingsRow } from '../entities/application-settings.entity';
import { AppError } from '@hoicho/platform';

export interface ApplicationSettings {
  rules: PriorityRules;
  depositPercent: number;
}

/** Used until an organiser saves the fair's own: the common criteria of DOMAIN.md. */
export const DEFAULT_SETTINGS: Omit<ApplicationSettingsRow, 'fairId' | 'updatedBy' | 'updatedAt'> =
  {
    craftVillagePoints: 10,
    pointsPerOcopStar: 3,
    firstParticipationPoints: 5,
    earlySubmissionPercent: 25,
    earlySubmissionPoints: 4,
    thresholds: [5, 10, 15, 20],
    depositPercent: 50,
  };

type SettingsValues = typeof DEFAULT_SETTINGS;

export function toRules(values: SettingsValues): ApplicationSettings {
  const [t2, t3, t4, t5] = values.thresholds;
  return {
    rules: {
      craftVillagePoints: values.craftVillagePoints,
      pointsPerOcopStar: values.pointsPerOcopStar,
      firstParticipationPoints: values.firstParticipationPoints,
      earlySubmission: {
        percent: values.earlySubmissionPercent,
        points: values.earlySubmissionPoints,
      },
      thresholds: [t2, t3, t4, t5],
    },
    depositPercent: values.depositPercent,
  };
}

/** Per-fair review settings: priority rules and the deposit rule. */
@Injectable()
export class ApplicationSettingsService {
  constructor(private readonly dataSource: DataSource) {}

  private async row(
    fairId: string,
    manager?: EntityManager,
  ): Promise<
    SettingsValues & {
      updatedAt: Date | null;
    }
  > {
    const found = await (manager ?? this.dataSource.manager)
      .getRepository(ApplicationSettingsRow)
      .findOneBy({ fairId });
    return found ?? { ...DEFAULT_SETTINGS, updatedAt: null };
  }

  async get(fairId: string, manager?: EntityManager): Promise<ApplicationSettings> {
    return toRules(await this.row(fairId, manager));
  }

  async view(fairId: string): Promise<ApplicationSettingsDto> {
    const row = await this.row(fairId);
    return {
      fairId,
      craftVillagePoints: row.craftVillagePoints,
      pointsPerOcopStar: row.pointsPerOcopStar,
      firstParticipationPoints: row.firstParticipationPoints,
      earlySubmissionPercent: row.earlySubmissionPercent,
      earlySubmissionPoints: row.earlySubmissionPoints,
      thresholds: row.thresholds.map(Number),
      depositPercent: row.depositPercent,
      updatedAt: row.updatedAt,
    };
  }

  /** Only the fields sent change. Thresholds must ascend (the table CHECK repeats it). */
  async update(
    user: AuthUser,
    fairId: string,
    dto: ApplicationSettingsInputDto,
  ): Promise<ApplicationSettingsDto> {
    const thresholds = dto.thresholds;
    if (thresholds && thresholds.some((t, i) => i > 0 && t < thresholds[i - 1])) {
      throw AppError.validation([
        { field: 'thresholds', message: 'must ascend: minimum scores for priority 2, 3, 4, 5' },
      ]);
    }
    const current = await this.row(fairId);
    const next: SettingsValues = {
      craftVillagePoints: dto.craftVillagePoints ?? current.craftVillagePoints,
      pointsPerOcopStar: dto.pointsPerOcopStar ?? current.pointsPerOcopStar,
      firstParticipationPoints: dto.firstParticipationPoints ?? current.firstParticipationPoints,
      earlySubmissionPercent: dto.earlySubmissionPercent ?? current.earlySubmissionPercent,
      earlySubmissionPoints: dto.earlySubmissionPoints ?? current.earlySubmissionPoints,
      thresholds: thresholds ?? current.thresholds,
      depositPercent: dto.depositPercent ?? current.depositPercent,
    };
    await this.dataSource
      .getRepository(ApplicationSettingsRow)
      .upsert({ fairId, ...next, updatedBy: user.id, updatedAt: new Date() }, ['fairId']);
    return this.view(fairId);
  }
}
