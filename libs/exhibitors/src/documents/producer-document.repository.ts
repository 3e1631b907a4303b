import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { DocumentKind } from '../domain';
import { DocumentStatus, ProducerDocument } from './producer-document.entity';

/** Rows of `producer_documents`; the bytes live in the photo storage under `storageKey`. */
@Injectable()
export class ProducerDocumentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The producer's current documents (not replaced), newest first. */
  currentOf(producerId: string, manager?: EntityManager): Promise<ProducerDocument[]> {
    return (manager ?? this.dataSource.manager).getRepository(ProducerDocument).find({
      where: { producerId, replacedAt: IsNull() },
      order: { kind: 'ASC', createdAt: 'DESC' },
    });
  }

  /** Current documents of several producers at once (for lists and the dossier). */
  currentOfMany(producerIds: readonly string[]): Promise<ProducerDocument[]> {
    if (producerIds.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(ProducerDocument).query(
      `SELECT id, producer_id AS "producerId", kind, title, storage_key AS "storageKey",
              content_type AS "contentType", size_bytes AS "sizeBytes", file_name AS "fileName",
              to_char(issued_on, 'YYYY-MM-DD') AS "issuedOn",
              to_char(expires_on, 'YYYY-MM-DD') AS "expiresOn", status,
              refusal_reason AS "refusalReason", reviewed_by AS "reviewedBy",
              reviewed_at AS "reviewedAt", uploaded_by AS "uploadedBy",
              replaced_at AS "replacedAt", created_at AS "createdAt"
         FROM producer_documents
        WHERE producer_id = ANY($1::uuid[]) AND replaced_at IS NULL
        ORDER BY producer_id, kind, created_at DESC`,
      [producerIds],
    );
  }

  /** One document of this producer, current or replaced. */
  findOfProducer(producerId: string, id: string): Promise<ProducerDocument | null> {
    return this.dataSource.getRepository(ProducerDocument).findOneBy({ id, producerId });
  }

  /** The producer's row locked, so two uploads of one kind replace each other in turn. */
  async lockProducer(manager: EntityManager, producerId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      'SELECT id FROM producers WHERE id = $1 FOR UPDATE',
      [producerId],
    );
    return rows.length > 0;
  }

  /** Marks the current document of the kind replaced (none for "other"); in the caller's transaction. */
  async replaceCurrent(
    manager: EntityManager,
    producerId: string,
    kind: DocumentKind,
    at: Date,
  ): Promise<void> {
    if (kind === 'other') return;
    await manager.query(
      `UPDATE producer_documents SET replaced_at = $3
        WHERE producer_id = $1 AND kind = $2 AND replaced_at IS NULL`,
      [producerId, kind, at],
    );
  }

  insert(
    manager: EntityManager,
    row: Omit<ProducerDocument, 'createdAt' | 'reviewedBy' | 'reviewedAt' | 'replacedAt'>,
  ): Promise<ProducerDocument> {
    return manager.getRepository(ProducerDocument).save(row);
  }

  /**
   * Records the organisers' answer on a current document; false when it is no longer current
   * (replaced meanwhile) or not this producer's.
   */
  async review(
    manager: EntityManager,
    producerId: string,
    id: string,
    answer: {
      status: Exclude<DocumentStatus, 'pending'>;
      reason: string | null;
      by: string;
      at: Date;
    },
  ): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [, affected]: [unknown[], number] = await manager.query(
      `UPDATE producer_documents
          SET status = $3, refusal_reason = $4, reviewed_by = $5, reviewed_at = $6
        WHERE id = $1 AND producer_id = $2 AND replaced_at IS NULL
        RETURNING id`,
      [id, producerId, answer.status, answer.reason, answer.by, answer.at],
    );
    return affected === 1;
  }

  /** Deletes a document (the producer's own, while nobody has checked it). */
  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(ProducerDocument).delete({ id });
  }
}
