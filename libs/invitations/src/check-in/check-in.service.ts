import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser, Clock, TransactionRunner } from '@hoicho/platform';
import {
  classifyScan,
  verifyTicket,
  type CheckInOutcome,
  type TicketVerification,
} from '../domain';
import { InvitationsAccess } from '../access/invitations-access';
import { FairKeysService } from '../tickets/fair-keys.service';
import { claimedFairId } from '../tickets/ticket-codes';
import { TicketRepository } from '../tickets/ticket.repository';
import { checkInAnswer } from './check-in-answer';
import { CheckInRepository } from './check-in.repository';
import { CheckInResultDto, OfflineScanDto, ScanDto } from './dto/check-in.dto';
import { GateScanRepository, ScanContext } from './gate-scan.repository';

interface ScanInput extends ScanDto {
  offline: boolean;
}

/**
 * Gate check-in. A valid code admits its ticket through one INSERT into check_ins, whose
 * primary key is the ticket: of any number of gates scanning one ticket at the same moment,
 * exactly one insert wins and the others read who did. A scan with a nonce is recorded under
 * it in the same transaction, so an upload repeated (after a lost answer, or by a device that
 * retries) gets its first answer back instead of "already admitted".
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
    private readonly clock: Clock,
  ) {}

  async scan(user: AuthUser, fairId: string, dto: ScanDto): Promise<CheckInResultDto> {
    await this.access.fair(user, fairId);
    return this.record(user, fairId, { ...dto, offline: false });
  }

  /** Scans a device made offline, applied in the order it made them. */
  async upload(
    user: AuthUser,
    fairId: string,
    scans: readonly OfflineScanDto[],
  ): Promise<CheckInResultDto[]> {
    await this.access.fair(user, fairId);
    // In the order the device made them, so the first scan of a ticket is the admission.
    const time = (index: number) => new Date(scans[index].scannedAt).getTime();
    const order = scans.map((_, index) => index).sort((a, b) => time(a) - time(b) || a - b);
    const results: CheckInResultDto[] = new Array(scans.length);
    for (const index of order) {
      results[index] = await this.record(user, fairId, { ...scans[index], offline: true });
    }
    return results;
  }

  private async record(
    user: AuthUser,
    fairId: string,
    input: ScanInput,
  ): Promise<CheckInResultDto> {
    const scannedAt = input.scannedAt ? new Date(input.scannedAt) : this.clock.now();
    const verification = await this.verify(input.code, scannedAt);
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
      const outcome = await this.admit(manager, scan, verification);
      const result = {
        result: outcome.result,
        reason: outcome.result === 'invalid' ? outcome.reason : null,
        ticketId: 'ticketId' in outcome ? outcome.ticketId : null,
        answer: checkInAnswer(outcome, user.locale),
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
    verification: TicketVerification,
  ): Promise<CheckInOutcome> {
    if (verification.valid && verification.payload.fairId === scan.fairId) {
      const admitted = await this.checkIns.admit(manager, {
        ticketId: verification.payload.ticketId,
        fairId: scan.fairId,
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
        };
      }
    }
    const ticket = verification.valid
      ? await this.tickets.findScanned(manager, verification.payload.ticketId)
      : undefined;
    const outcome = classifyScan(verification, ticket, scan.fairId);
    // Not inserted yet classified admissible cannot happen (the insert has the same conditions);
    // answer conservatively if it ever does.
    return outcome.result === 'admitted'
      ? { result: 'invalid', reason: 'unknown_ticket' }
      : outcome;
  }
}
