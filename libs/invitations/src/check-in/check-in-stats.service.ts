import { Injectable } from '@nestjs/common';
import { AuthUser } from '@hoicho/platform';
import { InvitationsAccess } from '../access/invitations-access';
import { CheckInRepository } from './check-in.repository';
import { CheckInStatsDto } from './dto/check-in.dto';
import { GateConflictsDto } from './dto/gate.dto';
import { GateScanRepository } from './gate-scan.repository';

/** Live admissions of a fair: in all, per day, gate and hour, scans per result, conflicts. */
@Injectable()
export class CheckInStatsService {
  constructor(
    private readonly access: InvitationsAccess,
    private readonly checkIns: CheckInRepository,
    private readonly gateScans: GateScanRepository,
  ) {}

  async stats(user: AuthUser, fairId: string): Promise<CheckInStatsDto> {
    await this.access.fair(user, fairId);
    const [totals, byGate, byDay, byHour, scans, conflicts] = await Promise.all([
      this.checkIns.totals(fairId),
      this.checkIns.byGate(fairId),
      this.checkIns.byDay(fairId),
      this.checkIns.byHour(fairId),
      this.gateScans.countByResult(fairId),
      this.gateScans.conflicts(fairId),
    ]);
    return {
      fairId,
      admitted: totals.admitted,
      guests: totals.guests,
      byGate,
      byDay,
      byHour,
      scans,
      conflicts: conflicts.length,
    };
  }

  /** Offline admissions that met an earlier one, for both gates and the organiser to see. */
  async conflicts(user: AuthUser, fairId: string): Promise<GateConflictsDto> {
    await this.access.fair(user, fairId);
    return { fairId, items: await this.gateScans.conflicts(fairId) };
  }
}
