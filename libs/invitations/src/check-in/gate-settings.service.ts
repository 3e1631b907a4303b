import { Injectable } from '@nestjs/common';
import { AuthUser, TransactionRunner } from '@hoicho/platform';
import { formatHcmTime } from '@hoicho/platform/domain';
import { DEFAULT_EARLY_ENTRY_MINUTES, entryOpensAt, type FairOpeningDay } from '../domain';
import { InvitationsAccess } from '../access/invitations-access';
import type { FairInfo } from '../common/fair-info';
import { GateDayDto, GateSettingsDto } from './dto/gate.dto';
import { GateSettingsRepository } from './gate-settings.repository';

/** The rules a fair's gates apply: its days and how early before opening they admit. */
export interface GateRules {
  days: FairOpeningDay[];
  earlyEntryMinutes: number;
}

/** The organiser's gate settings of a fair, and the rules every scan is decided by. */
@Injectable()
export class GateSettingsService {
  constructor(
    private readonly access: InvitationsAccess,
    private readonly transactions: TransactionRunner,
    private readonly settings: GateSettingsRepository,
  ) {}

  async rules(fair: FairInfo): Promise<GateRules> {
    const minutes = await this.settings.earlyEntryMinutes(fair.id);
    return { days: fair.days, earlyEntryMinutes: minutes ?? DEFAULT_EARLY_ENTRY_MINUTES };
  }

  async get(user: AuthUser, fairId: string): Promise<GateSettingsDto> {
    const fair = await this.access.fair(user, fairId);
    return settingsView(fairId, await this.rules(fair));
  }

  async update(user: AuthUser, fairId: string, minutes: number): Promise<GateSettingsDto> {
    const fair = await this.access.fair(user, fairId);
    await this.transactions.run(({ manager }) => this.settings.save(manager, fairId, minutes));
    return settingsView(fairId, { days: fair.days, earlyEntryMinutes: minutes });
  }
}

export function gateDays(rules: GateRules): GateDayDto[] {
  return rules.days.map((day) => ({
    ...day,
    entryFrom: formatHcmTime(entryOpensAt(day, rules.earlyEntryMinutes)),
  }));
}

function settingsView(fairId: string, rules: GateRules): GateSettingsDto {
  return { fairId, earlyEntryMinutes: rules.earlyEntryMinutes, days: gateDays(rules) };
}
