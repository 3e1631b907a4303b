import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { cursorRows } from '@hoicho/platform';

export interface VisitorExportRow {
  name: string;
  organisation: string | null;
  email: string;
  phone: string | null;
  country: string | null;
  language: string | null;
  segment: string | null;
  tags: string[];
  consent: boolean | null;
  source: string;
  createdAt: Date;
}

export interface CheckInExportRow {
  admittedAt: Date;
  gate: string;
  offline: boolean;
  guests: number;
  name: string;
  organisation: string | null;
  email: string;
  segment: string | null;
  country: string | null;
}

/** Visitors and check-ins read for the exports through a cursor: a body may hold many thousands. */
@Injectable()
export class InvitationExportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The body's visitors in Vietnamese order of name. */
  visitors(bodyId: string): AsyncGenerator<VisitorExportRow> {
    return cursorRows(
      this.dataSource,
      `SELECT name, organisation, email::text AS email, phone, country, language, segment, tags,
              consent, source, created_at AS "createdAt"
         FROM visitors WHERE organising_body_id = $1
        ORDER BY name COLLATE vi, id`,
      [bodyId],
    );
  }

  /** The fair's admissions in the order they happened, with who came in. */
  checkIns(fairId: string): AsyncGenerator<CheckInExportRow> {
    return cursorRows(
      this.dataSource,
      `SELECT c.admitted_at AS "admittedAt", c.gate, c.offline, t.guests, v.name, v.organisation,
              v.email::text AS email, v.segment, v.country
         FROM check_ins c
         JOIN tickets t ON t.id = c.ticket_id
         JOIN visitors v ON v.id = t.visitor_id
        WHERE c.fair_id = $1
        ORDER BY c.admitted_at, c.ticket_id`,
      [fairId],
    );
  }
}
