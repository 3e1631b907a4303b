import { CalendarDate } from '@hoicho/platform/domain';
import { documentValidity } from '../domain';
import { ProducerDocumentDto } from './dto/document.dto';
import { ProducerDocument } from './producer-document.entity';

const iso = (value: Date | string | null): string | null =>
  value === null
    ? null
    : value instanceof Date
      ? value.toISOString()
      : new Date(value).toISOString();

/** A document as the API shows it, with its validity on `today` (Hà Nội). */
export function toDocumentDto(doc: ProducerDocument, today: CalendarDate): ProducerDocumentDto {
  return {
    id: doc.id,
    producerId: doc.producerId,
    kind: doc.kind,
    title: doc.title,
    contentType: doc.contentType,
    sizeBytes: doc.sizeBytes,
    fileName: doc.fileName,
    issuedOn: doc.issuedOn,
    expiresOn: doc.expiresOn,
    status: doc.status,
    refusalReason: doc.refusalReason,
    reviewedAt: iso(doc.reviewedAt),
    validity: documentValidity(doc.expiresOn, today),
    url: `/api/v1/producers/${doc.producerId}/documents/${doc.id}/file`,
    createdAt: iso(doc.createdAt)!,
  };
}
