import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { CheckInResultDto } from './dto/check-in.dto';

/** Where, when and by whom a code was scanned. */
export interface ScanContext {
  fairId: string;
  gate: string;
  scannedAt: Date;
  offline: boolean;
  scannedBy: string;
}

/** What the gate was answered. */
export interface ScanResult {
  result: string;
  reason: string | null;
  ticketId: string | null;
  answer: CheckInResultDto;
  /** An offline admission that met an earlier one of the same day on upload. */
  conflict?: boolean;
}

/** Two gates admitted one ticket on one day while (at least one was) offline. */
export interface GateConflict {
  ticketId: string;
  /** The fair day, YYYY-MM-DD. */
  day: string;
  /** The admission that counts: the first recorded. */
  admittedGate: string;
  admittedAt: string;
  /** The offline admission that came second. */
  conflictGate: string;
  conflictAt: Date;
}

/** Every scan at a gate with the answer it got; a device's nonce at most once (`gate_scans`). */
@Injectable()
export class GateScanRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Claims the nonce for this scan with a placeholder row (its result is settled later in the
   * same transaction); false when the nonce was uploaded before.
   */
  async claimNonce(manager: EntityManager, scan: ScanContext, nonce: string): Promise<boolean> {
    const claimed: unknown[] = await manager.query(
      `INSERT INTO gate_scans (fair_id, gate, nonce, result, answer, scanned_at, offline, scanned_by)
       VALUES ($1, $2, $3, 'invalid', '{}', $4, $5, $6)
       ON CONFLICT (fair_id, nonce) DO NOTHING RETURNING id`,
      [scan.fairId, scan.gate, nonce, scan.scannedAt, scan.offline, scan.scannedBy],
    );
    return claimed.length > 0;
  }

  /** The answer the first upload of a nonce got. */
  async answerOf(manager: EntityManager, fairId: string, nonce: string): Promise<CheckInResultDto> {
    const [first]: { answer: CheckInResultDto }[] = await manager.query(
      'SELECT answer FROM gate_scans WHERE fair_id = $1 AND nonce = $2',
      [fairId, nonce],
    );
    return first.answer;
  }

  /** Records the outcome of the scan that claimed `nonce`. */
  async settle(
    manager: EntityManager,
    fairId: string,
    nonce: string,
    result: ScanResult,
  ): Promise<void> {
    await manager.query(
      `UPDATE gate_scans SET result = $3, reason = $4, ticket_id = $5, answer = $6, conflict = $7
        WHERE fair_id = $1 AND nonce = $2`,
      [
        fairId,
        nonce,
        result.result,
        result.reason,
        result.ticketId,
        result.answer,
        result.conflict ?? false,
      ],
    );
  }

  /** Logs a scan made without a nonce. */
  async insert(manager: EntityManager, scan: ScanContext, result: ScanResult): Promise<void> {
    await manager.query(
      `INSERT INTO gate_scans (fair_id, gate, result, reason, ticket_id, answer, scanned_at, offline, scanned_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        scan.fairId,
        scan.gate,
        result.result,
        result.reason,
        result.ticketId,
        result.answer,
        scan.scannedAt,
        scan.offline,
        scan.scannedBy,
      ],
    );
  }

  /** Scans of the fair per result, refusals included. */
  async countByResult(fairId: string): Promise<Record<string, number>> {
    const rows: { result: string; n: number }[] = await this.dataSource.query(
      'SELECT result, count(*)::int AS n FROM gate_scans WHERE fair_id = $1 GROUP BY result',
      [fairId],
    );
    return Object.fromEntries(rows.map((s) => [s.result, s.n]));
  }

  /** The fair's conflicts, newest first. */
  conflicts(fairId: string): Promise<GateConflict[]> {
    return this.dataSource.query(
      `SELECT ticket_id AS "ticketId",
              to_char((answer->>'admittedAt')::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS day,
              answer->>'gate' AS "admittedGate", answer->>'admittedAt' AS "admittedAt",
              gate AS "conflictGate", scanned_at AS "conflictAt"
         FROM gate_scans WHERE fair_id = $1 AND conflict ORDER BY scanned_at DESC`,
      [fairId],
    );
  }

  /**
   * Takes the holder's initials out of the logged answers of these tickets ("Mời vào: NVA
   * (+2 khách)." becomes "Mời vào: — (+2 khách)."): the log keeps the result and time, not who.
   */
  async eraseInitials(manager: EntityManager, ticketIds: readonly string[]): Promise<void> {
    await manager.query(
      `UPDATE gate_scans
          SET answer = (answer - 'initials') || jsonb_build_object('message',
                replace(answer->>'message', ': ' || (answer->>'initials'), ': —'))
        WHERE ticket_id = ANY($1::uuid[]) AND answer ? 'initials'`,
      [ticketIds],
    );
  }
}
