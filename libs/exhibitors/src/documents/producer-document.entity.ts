import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DocumentKind } from '../domain';
import { DocumentType } from './document-type';

export type DocumentStatus = 'pending' | 'checked' | 'refused';

/**
 * A document a producer uploaded, and the organisers' check of it. The bytes live in the photo
 * storage under `storageKey`. A row with `replacedAt` set is history: a newer one of its kind
 * took its place (the database keeps one current row per kind, "other" excepted).
 */
@Entity('producer_documents')
export class ProducerDocument {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') producerId: string;
  @Column('text') kind: DocumentKind;
  @Column('text', { nullable: true }) title: string | null;
  @Column('text') storageKey: string;
  @Column('text') contentType: DocumentType;
  @Column('integer') sizeBytes: number;
  @Column('text') fileName: string;
  @Column('date') issuedOn: string;
  @Column('date', { nullable: true }) expiresOn: string | null;
  @Column('text') status: DocumentStatus;
  @Column('text', { nullable: true }) refusalReason: string | null;
  @Column('uuid', { nullable: true }) reviewedBy: string | null;
  @Column('timestamptz', { nullable: true }) reviewedAt: Date | null;
  @Column('uuid', { nullable: true }) uploadedBy: string | null;
  @Column('timestamptz', { nullable: true }) replacedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
