import { Injectable } from '@nestjs/common';
import { AuthUser, Clock } from '@hoicho/platform';
import { admissionDay, TICKET_CODE_PREFIX } from '../domain';
import { InvitationsAccess } from '../access/invitations-access';
import { FairKeysService } from '../tickets/fair-keys.service';
import { TicketRepository } from '../tickets/ticket.repository';
import { CheckInRepository } from './check-in.repository';
import { GateKitDto } from './dto/gate.dto';
import { gateDays, GateSettingsService } from './gate-settings.service';

/**
 * What a gate device keeps to decide scans without the network: the fair's public key (codes
 * are Ed25519-signed, so verifying needs no secret), its days and early entry, the revoked
 * tickets, the parties' sizes and who is in today. Fetched at sign-in and refreshed online.
 */
@Injectable()
export class GateKitService {
  constructor(
    private readonly access: InvitationsAccess,
    private readonly settings: GateSettingsService,
    private readonly keys: FairKeysService,
    private readonly tickets: TicketRepository,
    private readonly checkIns: CheckInRepository,
    private readonly clock: Clock,
  ) {}

  async kit(user: AuthUser, fairId: string): Promise<GateKitDto> {
    const fair = await this.access.fair(user, fairId);
    const now = this.clock.now();
    const rules = await this.settings.rules(fair);
    const today = admissionDay(rules.days, rules.earlyEntryMinutes, now) ?? null;
    const [{ publicKey }, revoked, guests, admittedToday] = await Promise.all([
      this.keys.keyPair(fairId),
      this.tickets.revokedIds(fairId),
      this.tickets.guestsOf(fairId),
      today ? this.checkIns.onDay(fairId, today) : [],
    ]);
    return {
      fairId,
      fairName: fair.names[user.locale],
      publicKey,
      codePrefix: TICKET_CODE_PREFIX,
      earlyEntryMinutes: rules.earlyEntryMinutes,
      days: gateDays(rules),
      revokedTicketIds: revoked,
      guests,
      today,
      admittedToday,
      serverTime: now,
    };
  }
}
