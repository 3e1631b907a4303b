import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser, Clock, TransactionRunner } from '@hoicho/platform';
import {
  checkInMessage,
  classifyScan,
  verifyTicket,
  type CheckInOutcome,
  type TicketRecord,
  type TicketVerification,
} from '../domain';
import { FairKeysService } from '../tickets/fair-keys.service';
import { claimedFairId } from '../tickets/ticket-codes';
import { CheckInResultDto, CheckInStatsDto, ScanDto } from './dto/check-in.dto';

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
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly keys: FairKeysService,
    private readonly clock: Clock,
  ) {}

  async scan(user: AuthUser, fairId: string, input: ScanInput): Promise<CheckInResultDto> {
    const scannedAt = input.scannedAt ? new Date(input.scannedAt) : this.clock.now();
    const verification = await this.verify(input.code, scannedAt);
    return this.transactions.run(async ({ manager }) => {
      if (input.nonce) {
        const claimed: unknown[] = await manager.query(
          `INSERT INTO gate_scans (fair_id, gate, nonce, result, answer, scanned_at, offline, scanned_by)
           VALUES ($1, $2, $3, 'invalid', '{}', $4, $5, $6)
           ON CONFLICT (fair_id, nonce) DO NOTHING RETURNING id`,
          [fairId, input.gate, input.nonce, scannedAt, input.offline, user.id],
        );
        if (claimed.length === 0) {
          const [first] = await manager.query(
            'SELECT answer FROM gate_scans WHERE fair_id = $1 AND nonce = $2',
            [fairId, input.nonce],
          );
          return { ...(first.answer as CheckInResultDto), duplicate: true };
        }
      }
      const outcome = await this.admit(manager, user, fairId, verification, input, scannedAt);
      const answer = this.answer(outcome, user.locale);
      const ticketId = 'ticketId' in outcome ? outcome.ticketId : null;
      const reason = outcome.result === 'invalid' ? outcome.reason : null;
      if (input.nonce) {
        await manager.query(
          `UPDATE gate_scans SET result = $3, reason = $4, ticket_id = $5, answer = $6
            WHERE fair_id = $1 AND nonce = $2`,
          [fairId, input.nonce, outcome.result, reason, ticketId, answer],
        );
      } else {
        await manager.query(
          `INSERT INTO gate_scans (fair_id, gate, result, reason, ticket_id, answer, scanned_at, offline, scanned_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            fairId,
            input.gate,
            outcome.result,
            reason,
            ticketId,
            answer,
            scannedAt,
            input.offline,
            user.id,
          ],
        );
      }
      return answer;
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
    user: AuthUser,
    fairId: string,
    verification: TicketVerification,
    input: ScanInput,
    scannedAt: Date,
  ): Promise<CheckInOutcome> {
    if (verification.valid && verification.payload.fairId === fairId) {
      const inserted: { guests: number }[] = await manager.query(
        `INSERT INTO check_ins (ticket_id, fair_id, gate, admitted_at, offline, scanned_by)
         SELECT t.id, t.fair_id, $3, $4, $5, $6 FROM tickets t
          WHERE t.id = $1 AND t.fair_id = $2 AND t.status = 'active'
         ON CONFLICT (ticket_id) DO NOTHING
         RETURNING (SELECT guests FROM tickets WHERE id = $1) AS guests`,
        [verification.payload.ticketId, fairId, input.gate, scannedAt, input.offline, user.id],
      );
      if (inserted.length > 0) {
        return {
          result: 'admitted',
          ticketId: verification.payload.ticketId,
          initials: verification.payload.initials,
          guests: inserted[0].guests,
        };
      }
    }
    const ticket = verification.valid
      ? await this.ticket(manager, verification.payload.ticketId)
      : undefined;
    const outcome = classifyScan(verification, ticket, fairId);
    // Not inserted yet classified admissible cannot happen (the insert has the same conditions);
    // answer conservatively if it ever does.
    return outcome.result === 'admitted'
      ? { result: 'invalid', reason: 'unknown_ticket' }
      : outcome;
  }

  private async ticket(
    manager: EntityManager,
    ticketId: string,
  ): Promise<TicketRecord | undefined> {
    const [row] = await manager.query(
      `SELECT t.id, t.fair_id, t.status, t.guests, c.admitted_at, c.gate
         FROM tickets t LEFT JOIN check_ins c ON c.ticket_id = t.id WHERE t.id = $1`,
      [ticketId],
    );
    if (!row) return undefined;
    return {
      ticketId: row.id,
      fairId: row.fair_id,
      status: row.status,
      guests: row.guests,
      admittedAt: row.admitted_at,
      admittedGate: row.gate,
    };
  }

  private answer(outcome: CheckInOutcome, locale: 'vi' | 'en'): CheckInResultDto {
    const message = checkInMessage(outcome, locale);
    switch (outcome.result) {
      case 'admitted':
        return {
          result: outcome.result,
          message,
          ticketId: outcome.ticketId,
          initials: outcome.initials,
          guests: outcome.guests,
          duplicate: false,
        };
      case 'already_admitted':
        return {
          result: outcome.result,
          message,
          ticketId: outcome.ticketId,
          admittedAt: new Date(outcome.at).toISOString(),
          gate: outcome.gate,
          duplicate: false,
        };
      case 'revoked':
      case 'wrong_fair':
        return { result: outcome.result, message, ticketId: outcome.ticketId, duplicate: false };
      case 'invalid':
        return { result: outcome.result, message, reason: outcome.reason, duplicate: false };
    }
  }

  async stats(fairId: string): Promise<CheckInStatsDto> {
    const [totals, byGate, byHour, scans] = await Promise.all([
      this.dataSource.query(
        `SELECT count(*)::int AS admitted, coalesce(sum(t.guests), 0)::int AS guests
           FROM check_ins c JOIN tickets t ON t.id = c.ticket_id WHERE c.fair_id = $1`,
        [fairId],
      ),
      this.dataSource.query(
        `SELECT c.gate, count(*)::int AS admitted, coalesce(sum(t.guests), 0)::int AS guests
           FROM check_ins c JOIN tickets t ON t.id = c.ticket_id
          WHERE c.fair_id = $1 GROUP BY c.gate ORDER BY c.gate`,
        [fairId],
      ),
      this.dataSource.query(
        `SELECT to_char(date_trunc('hour', admitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh'), 'YYYY-MM-DD"T"HH24:MI') || '+07:00' AS hour,
                gate, count(*)::int AS admitted
           FROM check_ins WHERE fair_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`,
        [fairId],
      ),
      this.dataSource.query(
        'SELECT result, count(*)::int AS n FROM gate_scans WHERE fair_id = $1 GROUP BY result',
        [fairId],
      ),
    ]);
    return {
      fairId,
      admitted: totals[0].admitted,
      guests: totals[0].guests,
      byGate,
      byHour,
      scans: Object.fromEntries(
        (scans as { result: string; n: number }[]).map((s) => [s.result, s.n]),
      ),
    };
  }
}
