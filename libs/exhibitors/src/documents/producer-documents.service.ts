import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppError, AuthUser, Clock, TransactionRunner } from '@hoicho/platform';
import { fieldError, FieldIssues } from '../common/field-errors';
import { vietnamDateOf } from '@hoicho/platform/domain';
import { ProducerDisclosures } from '../producers/disclosures/producer-disclosures.service';
import { PHOTO_STORAGE, PhotoStorage } from '../products/photos/photo-storage';
import { toDocumentDto } from './document.view';
import { detectDocumentType, DOCUMENT_TYPES, DocumentType } from './document-type';
import {
  DOCUMENT_FIELD,
  MAX_DOCUMENT_BYTES,
  UploadedDocument,
} from './document-upload.interceptor';
import { DocumentUploadDto, ProducerDocumentDto } from './dto/document.dto';
import { ProducerDocumentRepository } from './producer-document.repository';

/**
 * A producer's documents: uploaded (checked by their bytes, stored with the product photos),
 * listed with their check and validity, read back, and deleted while nobody has reviewed them.
 * Organisers read them once the producer has applied to one of their body's fairs.
 */
@Injectable()
export class ProducerDocumentsService {
  private readonly logger = new Logger(ProducerDocumentsService.name);

  constructor(
    private readonly documents: ProducerDocumentRepository,
    private readonly disclosures: ProducerDisclosures,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(PHOTO_STORAGE) private readonly storage: PhotoStorage,
  ) {}

  async list(user: AuthUser, producerId: string): Promise<ProducerDocumentDto[]> {
    await this.assertMayRead(user, producerId);
    const today = vietnamDateOf(this.clock.now());
    return (await this.documents.currentOf(producerId)).map((d) => toDocumentDto(d, today));
  }

  async upload(
    user: AuthUser,
    producerId: string,
    file: UploadedDocument | undefined,
    dto: DocumentUploadDto,
  ): Promise<ProducerDocumentDto> {
    const contentType = this.check(file, dto);
    const id = randomUUID();
    const key = `${producerId}/${id}.${DOCUMENT_TYPES[contentType]}`;
    const now = this.clock.now();
    const saved = await this.transactions.run(async ({ manager }) => {
      // The producer's lock orders two uploads of one kind: each replaces the one before.
      if (!(await this.documents.lockProducer(manager, producerId)))
        throw AppError.notFound('Producer');
      await this.documents.replaceCurrent(manager, producerId, dto.kind, now);
      await this.storage.put(key, file!.buffer);
      try {
        return await this.documents.insert(manager, {
          id,
          producerId,
          kind: dto.kind,
          title: dto.title ?? null,
          storageKey: key,
          contentType,
          sizeBytes: file!.size,
          fileName: (file!.originalname || 'document').normalize('NFC').slice(0, 255),
          issuedOn: dto.issuedOn,
          expiresOn: dto.expiresOn || null,
          status: 'pending',
          refusalReason: null,
          uploadedBy: user.id,
        });
      } catch (error) {
        await this.storage.remove(key);
        throw error;
      }
    });
    const row = await this.documents.findOfProducer(producerId, saved.id);
    return toDocumentDto(row!, vietnamDateOf(now));
  }

  async file(user: AuthUser, producerId: string, id: string) {
    await this.assertMayRead(user, producerId);
    const doc = await this.documents.findOfProducer(producerId, id);
    if (!doc) throw AppError.notFound('Document');
    const data = await this.storage.read(doc.storageKey);
    if (!data) {
      this.logger.error(`document ${doc.id} has no bytes at ${doc.storageKey}`);
      throw AppError.notFound('Document');
    }
    return { contentType: doc.contentType, fileName: doc.fileName, data };
  }

  /** The producer's own, while it waits for its check (a reviewed one is replaced instead). */
  async remove(producerId: string, id: string): Promise<void> {
    const doc = await this.documents.findOfProducer(producerId, id);
    if (!doc) throw AppError.notFound('Document');
    if (doc.status !== 'pending')
      throw new AppError(
        'conflict',
        'document_reviewed',
        'An organiser has reviewed this document',
      );
    await this.transactions.run(({ manager }) => this.documents.delete(manager, doc.id));
    await this.storage.remove(doc.storageKey).catch((e: Error) => this.logger.warn(e.message));
  }

  /** Its own members and admins; an organiser once the producer applied to the body's fair. */
  async assertMayRead(user: AuthUser, producerId: string): Promise<void> {
    if (!(await this.disclosures.mayReadPrivate(user, producerId)))
      throw AppError.notFound('Producer');
  }

  private check(file: UploadedDocument | undefined, dto: DocumentUploadDto): DocumentType {
    if (!file || file.size === 0)
      throw fieldError(DOCUMENT_FIELD, 'is required: send a PDF, JPEG or PNG file', 'required');
    if (file.size > MAX_DOCUMENT_BYTES)
      throw fieldError(DOCUMENT_FIELD, 'must be at most 10 MB', 'document_too_large');
    const issues = new FieldIssues();
    const type = detectDocumentType(file.buffer);
    if (!type)
      issues.add(
        DOCUMENT_FIELD,
        'must be a PDF, JPEG or PNG file (checked by its content, not its name)',
        'document_type',
      );
    if (dto.kind === 'other' && !dto.title)
      issues.add('title', 'name the document when its kind is "other"', 'document_title');
    if (dto.expiresOn && dto.expiresOn < dto.issuedOn)
      issues.add('expiresOn', 'must be on or after the issue date', 'document_expiry_order');
    issues.throwIfAny();
    return type!;
  }
}
