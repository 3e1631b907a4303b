import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { mergeVisitor, type Visitor } from '../domain';
import { tagKey } from '../domain/visitor-fields';
import { VisitorEntity, VisitorSource } from './visitor.entity';
import { VisitorRepository, VisitorWrite } from './visitor.repository';

export interface UpsertOutcome {
  /** Per input row, in order: the visitor's id and whether the row created it. */
  rows: { id: string; created: boolean }[];
  created: number;
  /** Rows folded into a visitor already stored or met earlier in the same batch. */
  merged: number;
}

export function toDomainVisitor(row: VisitorEntity): Visitor {
  return {
    email: row.email,
    name: row.name,
    organisation: row.organisation ?? undefined,
    phone: row.phone ?? undefined,
    country: row.country ?? undefined,
    language: row.language ?? undefined,
    segment: row.segment ?? undefined,
    tags: row.tags,
    consent: row.consent ?? undefined,
  };
}

/**
 * Writes visitors in batches, merging by email with the domain's rule (mergeVisitor): the
 * newer list fills and replaces, an empty cell erases nothing, tags are united. Writers of one
 * body's list are serialised by the list lock, so two imports (or an import and a
 * self-registration) never merge from a stale read.
 */
@Injectable()
export class VisitorListMerger {
  constructor(private readonly visitors: VisitorRepository) {}

  async upsert(
    manager: EntityManager,
    bodyId: string,
    incoming: readonly Visitor[],
    source: VisitorSource,
  ): Promise<UpsertOutcome> {
    if (incoming.length === 0) return { rows: [], created: 0, merged: 0 };
    await this.visitors.lockList(manager, bodyId);

    // One entry per email: later rows of the batch merge into earlier ones.
    const byEmail = new Map<string, { visitor: Visitor; changed: boolean }>();
    const order: string[] = [];
    for (const visitor of incoming) {
      const seen = byEmail.get(visitor.email);
      if (seen) {
        const merge = mergeVisitor(seen.visitor, visitor);
        seen.visitor = merge.visitor;
        seen.changed ||= merge.changed.length > 0;
      } else {
        byEmail.set(visitor.email, { visitor, changed: true });
      }
      order.push(visitor.email);
    }

    const stored = await this.visitors.findByEmails(manager, bodyId, [...byEmail.keys()]);
    const storedByEmail = new Map(stored.map((row) => [row.email.toLowerCase(), row]));

    const writes: VisitorWrite[] = [];
    for (const [email, entry] of byEmail) {
      const existing = storedByEmail.get(email);
      let visitor = entry.visitor;
      if (existing) {
        const merge = mergeVisitor(toDomainVisitor(existing), visitor);
        if (merge.changed.length === 0) continue;
        visitor = merge.visitor;
      }
      writes.push({
        organisingBodyId: bodyId,
        email,
        name: visitor.name,
        organisation: visitor.organisation ?? null,
        phone: visitor.phone ?? null,
        country: visitor.country ?? null,
        language: visitor.language ?? null,
        segment: visitor.segment ?? null,
        tags: visitor.tags,
        tagKeys: [...new Set(visitor.tags.map(tagKey))],
        consent: visitor.consent ?? null,
        source,
        updatedAt: new Date(),
      });
    }
    const ids = new Map(stored.map((row) => [row.email.toLowerCase(), row.id]));
    for (const row of await this.visitors.upsertMany(manager, writes)) {
      ids.set(row.email.toLowerCase(), row.id);
    }

    const firstSeen = new Set<string>();
    const rows = order.map((email) => {
      const created = !storedByEmail.has(email) && !firstSeen.has(email);
      firstSeen.add(email);
      return { id: ids.get(email)!, created };
    });
    const created = rows.filter((row) => row.created).length;
    return { rows, created, merged: rows.length - created };
  }
}
