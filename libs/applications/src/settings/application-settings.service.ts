import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FairsService } from '@hoicho/fairs';
import { AppError, AuthUser } from '@hoicho/platform';
import { PriorityRules } from '../domain';
import { ApplicationSettingsDto } from '../dto/application-view.dto';
import { ApplicationSettingsInputDto } from '../dto/review-input.dto';
import { ApplicationSettingsRow } from '../entities/application-settings.entity';
import { ApplicationSettingsRepository } from '../entities/application-settings.repository';

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
  constructor(
    private readonly fairs: FairsService,
    private readonly settings: ApplicationSettingsRepository,
  ) {}

  private async row(
    fairId: string,
    manager?: EntityManager,
  ): Promise<SettingsValues & { updatedAt: Date | null }> {
    return (await this.settings.find(fairId, manager)) ?? { ...DEFAULT_SETTINGS, updatedAt: null };
  }

  /** The rules in force (the defaults until saved); for the area's own use cases. */
  async get(fairId: string, manager?: EntityManager): Promise<ApplicationSettings> {
    return toRules(await this.row(fairId, manager));
  }

  /** For organisers of the fair's body (404 otherwise). */
  async view(user: AuthUser, fairId: string): Promise<ApplicationSettingsDto> {
    await this.fairs.getFairForUser(user, fairId);
    return this.dto(fairId);
  }

  /** Only the fields sent change. Thresholds must ascend (the table CHECK repeats it). */
  async update(
    user: AuthUser,
    fairId: string,
    dto: ApplicationSettingsInputDto,
  ): Promise<ApplicationSettingsDto> {
    await this.fairs.getFairForUser(user, fairId);
    const thresholds = dto.thresholds;
    if (thresholds && thresholds.some((t, i) => i > 0 && t < thresholds[i - 1])) {
      throw AppError.validation([
        { field: 'thresholds', message: 'must ascend: minimum scores for priority 2, 3, 4, 5' },
      ]);
    }
    const current = await this.row(fairId);
    await this.settings.upsert({
      fairId,
      craftVillagePoints: dto.craftVillagePoints ?? current.craftVillagePoints,
      pointsPerOcopStar: dto.pointsPerOcopStar ?? current.pointsPerOcopStar,
      firstParticipationPoints: dto.firstParticipationPoints ?? current.firstParticipationPoints,
      earlySubmissionPercent: dto.earlySubmissionPercent ?? current.earlySubmissionPercent,
      earlySubmissionPoints: dto.earlySubmissionPoints ?? current.earlySubmissionPoints,
      thresholds: thresholds ?? current.thresholds,
      depositPercent: dto.depositPercent ?? current.depositPercent,
      updatedBy: user.id,
      updatedAt: new Date(),
    });
    return this.dto(fairId);
  }

  private async dto(fairId: string): Promise<ApplicationSettingsDto> {
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
}
