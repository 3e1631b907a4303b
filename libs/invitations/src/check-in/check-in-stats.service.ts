import { Injectable } from '@nestjs/common';
import { AuthUser } from '@hoicho/platform';
import { InvitationsAccess } from '../access/invitations-access';
import { CheckInRepository } from './check-in.repository';
import { CheckInStatsDto } from './dto/check-in.dto';
import { GateScanRepository } from './gate-scan.repository';

/** Live admissions of a fair: in all, per gate, per hour, and scans per result. */
@Injectable()
export class CheckInStatsService {
  constructor(
    private readonly access: InvitationsAccess,
    private readonly checkIns: CheckInRepository,
    private readonly gateScans: GateScanRepository,
  ) {}

  async stats(user: AuthUser, fairId: string): Promise<CheckInStatsDto> {
    await this.access.fair(user, fairId);
    const [totals, byGate, byHour, scans] = await Promise.all([
      this.checkIns.totals(fairId),
      this.checkIns.byGate(fairId),
      this.checkIns.byHour(fairId),
      this.gateScans.countByResult(fairId),
    ]);
    return { fairId, admitted: totals.admitted, guests: totals.guests, byGate, byHour, scans };
  }
}
