import { Injectable } from '@nestjs/common';
import { AppError } from '@hoicho/platform';
import { CalendarDate } from '@hoicho/platform/domain';
import { DOCUMENT_KIND_LABELS, DocumentKind, HeldDocument, missingDocumentKinds } from '../domain';
import { ProducerDocumentRepository } from './producer-document.repository';

/**
 * What other areas ask of a producer's documents: which required kinds it lacks on a day (the
 * fair's first), and the refusal that names them, in both languages, for a submission.
 */
@Injectable()
export class DocumentRequirements {
  constructor(private readonly documents: ProducerDocumentRepository) {}

  async missing(
    producerId: string,
    required: readonly DocumentKind[],
    onDate: CalendarDate,
  ): Promise<DocumentKind[]> {
    if (required.length === 0) return [];
    const held: HeldDocument[] = await this.documents.currentOf(producerId);
    return missingDocumentKinds(held, required, onDate);
  }

  /** Throws 422 `documents_missing`, one field per kind (`documents.ocop_certificate`). */
  async assertHeld(
    producerId: string,
    required: readonly DocumentKind[],
    onDate: CalendarDate,
  ): Promise<void> {
    const kinds = await this.missing(producerId, required, onDate);
    if (kinds.length === 0) return;
    throw new AppError(
      'unprocessable',
      'documents_missing',
      `Required documents valid on ${onDate} are missing: ${kinds.map((k) => DOCUMENT_KIND_LABELS[k].en).join(', ')}`,
      kinds.map((kind) => ({
        field: `documents.${kind}`,
        message: `upload a ${DOCUMENT_KIND_LABELS[kind].en.toLowerCase()} valid on ${onDate}`,
        rule: 'document_missing',
      })),
      {
        kinds,
        onDate,
        kindsVi: kinds.map((k) => DOCUMENT_KIND_LABELS[k].vi).join(', '),
        kindsEn: kinds.map((k) => DOCUMENT_KIND_LABELS[k].en).join(', '),
      },
    );
  }
}
