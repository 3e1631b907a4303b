import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface Admission {
  ticketId: string;
  fairId: string;
  /** The Hà Nội fair day it admits on, YYYY-MM-DD. */
  fairDay: string;
  gate: string;
  admittedAt: Date;
  offline: boolean;
  scannedBy: string;
}

export interface AdmissionTotals {
  admitted: number;
  guests: number;
}

export interface GateAdmissions extends AdmissionTotals {
  gate: string;
}

export interface DailyAdmissions extends GateAdmissions {
  /** The fair day, YYYY-MM-DD. */
  day: string;
}

/** Who is in on a day: what a gate device needs to answer "already admitted" offline. */
export interface DayAdmission {
  ticketId: string;
  gate: string;
  admittedAt: Date;
}

export interface HourlyAdmissions {
  /** The Hà Nội hour, e.g. 2027-10-10T09:00+07:00. */
  hour: string;
  gate: string;
  admitted: number;
}

/** Admissions at the gates: at most one per ticket and fair day, its primary key (`check_ins`). */
@Injectable()
export class CheckInRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Admits the ticket on the day if it is an active ticket of the fair not admitted that day.
   * Of any number of gates admitting it at once exactly one insert wins; it answers the
   * ticket's guests, the others undefined.
   */
  async admit(manager: EntityManager, a: Admission): Promise<{ guests: number } | undefined> {
    const inserted: { guests: number }[] = await manager.query(
      `INSERT INTO check_ins (ticket_id, fair_id, fair_day, gate, admitted_at, offline, scanned_by)
       SELECT t.id, t.fair_id, $3, $4, $5, $6, $7 FROM tickets t
        WHERE t.id = $1 AND t.fair_id = $2 AND t.status = 'active'
       ON CONFLICT (ticket_id, fair_day) DO NOTHING
       RETURNING (SELECT guests FROM tickets WHERE id = $1) AS guests`,
      [a.ticketId, a.fairId, a.fairDay, a.gate, a.admittedAt, a.offline, a.scannedBy],
    );
    return inserted[0];
  }

  /** The admissions of one fair day, for gate devices to carry offline. */
  onDay(fairId: string, fairDay: string): Promise<DayAdmission[]> {
    return this.dataSource.query(
      `SELECT ticket_id AS "ticketId", gate, admitted_at AS "admittedAt"
         FROM check_ins WHERE fair_id = $1 AND fair_day = $2 ORDER BY admitted_at`,
      [fairId, fairDay],
    );
  }

  /** Admitted holders and the guests who came with them. */
  async totals(fairId: string): Promise<AdmissionTotals> {
    const [row]: AdmissionTotals[] = await this.dataSource.query(
      `SELECT count(*)::int AS admitted, coalesce(sum(t.guests), 0)::int AS guests
         FROM check_ins c JOIN tickets t ON t.id = c.ticket_id WHERE c.fair_id = $1`,
      [fairId],
    );
    return row;
  }

  byGate(fairId: string): Promise<GateAdmissions[]> {
    return this.dataSource.query(
      `SELECT c.gate, count(*)::int AS admitted, coalesce(sum(t.guests), 0)::int AS guests
         FROM check_ins c JOIN tickets t ON t.id = c.ticket_id
        WHERE c.fair_id = $1 GROUP BY c.gate ORDER BY c.gate`,
      [fairId],
    );
  }

  /** Admissions per fair day and gate (a ticket counts once on each day it came). */
  byDay(fairId: string): Promise<DailyAdmissions[]> {
    return this.dataSource.query(
      `SELECT to_char(c.fair_day, 'YYYY-MM-DD') AS day, c.gate, count(*)::int AS admitted,
              coalesce(sum(t.guests), 0)::int AS guests
         FROM check_ins c JOIN tickets t ON t.id = c.ticket_id
        WHERE c.fair_id = $1 GROUP BY c.fair_day, c.gate ORDER BY c.fair_day, c.gate`,
      [fairId],
    );
  }

  byHour(fairId: string): Promise<HourlyAdmissions[]> {
    return this.dataSource.query(
      `SELECT to_char(date_trunc('hour', admitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh'), 'YYYY-MM-DD"T"HH24:MI') || '+07:00' AS hour,
              gate, count(*)::int AS admitted
         FROM check_ins WHERE fair_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`,
      [fairId],
    );
  }
}
