import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser, Clock, TransactionRunner } from '@hoicho/platform';
import {
  admissionDay,
  classifyScan,
  verifyTicket,
  type CheckInOutcome,
  type GateContext,
  type TicketVerification,
} from '../domain';
import { InvitationsAccess } from '../access/invitations-access';
import type { FairInfo } from '../common/fair-info';
import { FairKeysService } from '../tickets/fair-keys.service';
import { claimedFairId } from '../tickets/ticket-codes';
import { TicketRepository } from '../tickets/ticket.repository';
import { checkInAnswer } from './check-in-answer';
import { CheckInRepository } from './check-in.repository';
import { CheckInResultDto, OfflineScanDto, ScanDto } from './dto/check-in.dto';
import { GateScanRepository, ScanContext } from './gate-scan.repository';
import { GateSettingsService } from './gate-settings.service';

interface ScanInput extends ScanDto {
  offline: boolean;
  /** What the device answered offline, if it did. */
  deviceResult?: string;
}

/**
 * Gate check-in. A valid code admits its ticket on the fair day whose gate window holds the
 * scan, through one INSERT into check_ins, whose primary key is the ticket and day: of any
 * number of gates scanning one ticket at the same moment, exactly one insert wins and the
 * others read who did. A scan with a nonce is recorded under it in the same transaction, so an
 * upload repeated (after a lost answer, or by a device that retries) gets its first answer back
 * instead of "already admitted". An offline admission that meets an earlier one of the same day
 * on upload is flagged a conflict: counted, and listed for both gates.
 */
@Injectable()
export class CheckInService {
  constructor(
    private readonly access: InvitationsAccess,
    private readonly transactions: TransactionRunner,
    private readonly checkIns: CheckInRepository,
    private readonly gateScans: GateScanRepository,
    private readonly tickets: TicketRepository,
    private readonly keys: FairKeysService,
    private readonly settings: GateSettingsService,
    private readonly clock: Clock,
  ) {}

  async scan(user: AuthUser, fairId: string, dto: ScanDto): Promise<CheckInResultDto> {
    const fair = await this.access.fair(user, fairId);
    return this.record(user, fair, { ...dto, offline: false });
  }

  /** Scans a device made offline, applied in the order it made them. */
  async upload(
    user: AuthUser,
    fairId: string,
    scans: readonly OfflineScanDto[],
  ): Promise<CheckInResultDto[]> {
    const fair = await this.access.fair(user, fairId);
    // In the order the device made them, so the first scan of a ticket is the admission.
    const time = (index: number) => new Date(scans[index].scannedAt).getTime();
    const order = scans.map((_, index) => index).sort((a, b) => time(a) - time(b) || a - b);
    const results: CheckInResultDto[] = new Array(scans.length);
    for (const index of order) {
      results[index] = await this.record(user, fair, { ...scans[index], offline: true });
    }
    return results;
  }

  private async record(
    user: AuthUser,
    fair: FairInfo,
    input: ScanInput,
  ): Promise<CheckInResultDto> {
    const fairId = fair.id;
    const scannedAt = input.scannedAt ? new Date(input.scannedAt) : this.clock.now();
    const verification = await this.verify(input.code, scannedAt);
    const rules = await this.settings.rules(fair);
    const gate: GateContext = {
      fairId,
      day: admissionDay(rules.days, rules.earlyEntryMinutes, scannedAt),
      days: rules.days.map((d) => d.date),
    };
    const scan: ScanContext = {
      fairId,
      gate: input.gate,
      scannedAt,
      offline: input.offline,
      scannedBy: user.id,
    };
    return this.transactions.run(async ({ manager }) => {
      if (input.nonce && !(await this.gateScans.claimNonce(manager, scan, input.nonce))) {
        const first = await this.gateScans.answerOf(manager, fairId, input.nonce);
        return { ...first, duplicate: true };
      }
      const outcome = await this.admit(manager, scan, gate, verification);
      const conflict =
        input.offline && input.deviceResult === 'admitted' && outcome.result === 'already_admitted';
      const result = {
        result: outcome.result,
        reason: outcome.result === 'invalid' ? outcome.reason : null,
        ticketId: 'ticketId' in outcome ? outcome.ticketId : null,
        answer: { ...checkInAnswer(outcome, user.locale), conflict },
        conflict,
      };
      if (input.nonce) await this.gateScans.settle(manager, fairId, input.nonce, result);
      else await this.gateScans.insert(manager, scan, result);
      return result.answer;
    });
  }

  /** Checks the signature with the key of the fair the code names (so wrong_fair is told apart). */
  private async verify(code: string, at: Date): Promise<TicketVerification> {
    const fairId = claimedFairId(code);
    if (!fairId) return { valid: false, reason: 'malformed' };
    const publicKey = await this.keys.publicKeyIfAny(fairId);
    if (!publicKey) return { valid: false, reason: 'bad_signature' };
    return verifyTicket(code, publicKey, at);
  }

  private async admit(
    manager: EntityManager,
    scan: ScanContext,
    gate: GateContext,
    verification: TicketVerification,
  ): Promise<CheckInOutcome> {
    if (verification.valid && verification.payload.fairId === scan.fairId && gate.day) {
      const admitted = await this.checkIns.admit(manager, {
        ticketId: verification.payload.ticketId,
        fairId: scan.fairId,
        fairDay: gate.day,
        gate: scan.gate,
        admittedAt: scan.scannedAt,
        offline: scan.offline,
        scannedBy: scan.scannedBy,
      });
      if (admitted) {
        return {
          result: 'admitted',
          ticketId: verification.payload.ticketId,
          initials: verification.payload.initials,
          guests: admitted.guests,
          day: gate.day,
        };
      }
    }
    const ticket = verification.valid
      ? await this.tickets.findScanned(manager, verification.payload.ticketId, gate.day)
      : undefined;
    const outcome = classifyScan(verification, ticket, gate);
    // Not inserted yet classified admissible cannot happen (the insert has the same conditions);
    // answer conservatively if it ever does.
    return outcome.result === 'admitted'
      ? { result: 'invalid', reason: 'unknown_ticket' }
      : outcome;
  }
}
