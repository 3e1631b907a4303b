import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CalendarDate } from '@hoicho/platform/domain';
import { computePriorities, PriorityResult } from '../domain';
import { ApplicationRepository } from '../entities/application.repository';
import { ApplicationSettingsService } from '../settings/application-settings.service';

/**
 * Priorities are computed for the whole fair at once, because "the earliest X% of
 * submissions" depends on every submitted application; an organiser's override wins.
 * Drafts and withdrawn applications take no part.
 */
@Injectable()
export class PriorityService {
  constructor(
    private readonly applications: ApplicationRepository,
    private readonly settings: ApplicationSettingsService,
  ) {}

  async forFair(
    fairId: string,
    onDate: CalendarDate,
    manager?: EntityManager,
  ): Promise<Map<string, PriorityResult>> {
    const { rules } = await this.settings.get(fairId, manager);
    const rows = await this.applications.priorityInputs(fairId, manager);
    const results = computePriorities(
      rows.map((row) => ({
        id: row.id,
        submittedAt: row.submittedAt ?? new Date(0),
        fromRecognisedCraftVillage: row.craftVillageRecognised,
        firstParticipation: row.firstParticipation,
        exhibitedOcopRatings: row.ocopRatings,
        ...(row.priorityOverride !== null ? { override: row.priorityOverride } : {}),
      })),
      rules,
      onDate,
    );
    return new Map(results.map((r) => [r.id, r]));
  }
}
