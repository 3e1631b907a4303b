import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { mergeVisitor, type Visitor } from '../domain';
import { tagKey } from '../domain/visitor-fields';
import { VisitorEntity, VisitorSource } from './visitor.entity';
import { VisitorRepository, VisitorWrite } from './visitor.repository';

export interface UpsertOutcome {
  /**
   * Per input row, in order: the visitor's id, whether the row created it, and for a row that
   * repeated a known address, the fields it changed (empty: it said nothing new).
   */
  rows: { id: string; created: boolean; changed?: (keyof Visitor)[] }[];
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

    const emails = [...new Set(incoming.map((visitor) => visitor.email))];
    const stored = await this.visitors.findByEmails(manager, bodyId, emails);
    const storedByEmail = new Map(stored.map((row) => [row.email.toLowerCase(), row]));

    // Each row merges, in order, into what is known of its address: the stored visitor, then
    // the rows before it; what each repeated row changed is reported.
    const byEmail = new Map<string, { visitor: Visitor; dirty: boolean }>();
    const changes: ((keyof Visitor)[] | undefined)[] = [];
    for (const visitor of incoming) {
      let entry = byEmail.get(visitor.email);
      const existing = storedByEmail.get(visitor.email);
      if (!entry && existing) {
        entry = { visitor: toDomainVisitor(existing), dirty: false };
        byEmail.set(visitor.email, entry);
      }
      if (entry) {
        const merge = mergeVisitor(entry.visitor, visitor);
        entry.visitor = merge.visitor;
        entry.dirty ||= merge.changed.length > 0;
        changes.push(merge.changed);
      } else {
        byEmail.set(visitor.email, { visitor, dirty: true });
        changes.push(undefined);
      }
    }

    const writes: VisitorWrite[] = [];
    for (const [email, { visitor, dirty }] of byEmail) {
      if (!dirty) continue;
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

    const rows = incoming.map((visitor, i) => ({
      id: ids.get(visitor.email)!,
      created: changes[i] === undefined,
      ...(changes[i] ? { changed: changes[i] } : {}),
    }));
    const created = rows.filter((row) => row.created).length;
    return { rows, created, merged: rows.length - created };
  }
}
