import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, ValidateBy, ValidateIf } from 'class-validator';
import { IsText, TrimNfc } from '@hoicho/platform';
import { isCalendarDate } from '@hoicho/platform/domain';
import { DOCUMENT_KINDS, type DocumentKind, type DocumentValidity } from '../../domain';
import { DOCUMENT_TYPES, type DocumentType } from '../document-type';
import type { DocumentStatus } from '../producer-document.entity';

const IsCalendarDate = () =>
  ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value) => typeof value === 'string' && isCalendarDate(value),
      defaultMessage: () => 'must be a date like 2027-06-30',
    },
  });

/** The text fields sent with the file (multipart: an empty field means "not given"). */
export class DocumentUploadDto {
  @ApiProperty({ enum: DOCUMENT_KINDS })
  @IsIn(DOCUMENT_KINDS, { message: `must be one of ${DOCUMENT_KINDS.join(', ')}` })
  kind: DocumentKind;

  @ApiPropertyOptional({ example: 'Giấy phép vệ sinh cơ sở', maxLength: 200 })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 200)
  title?: string;

  @ApiProperty({ example: '2024-07-01', description: 'day the document was issued' })
  @IsCalendarDate()
  issuedOn: string;

  @ApiPropertyOptional({ example: '2027-06-30', description: 'last day it is valid, if any' })
  @ValidateIf((_, value) => value !== undefined && value !== '')
  @IsCalendarDate()
  expiresOn?: string;
}

export const DOCUMENT_STATUSES = ['pending', 'checked', 'refused'] as const;
export const DOCUMENT_VALIDITIES = ['valid', 'expiring_soon', 'expired'] as const;

export class ProducerDocumentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) producerId: string;
  @ApiProperty({ enum: DOCUMENT_KINDS }) kind: DocumentKind;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ enum: Object.keys(DOCUMENT_TYPES) }) contentType: DocumentType;
  @ApiProperty() sizeBytes: number;
  @ApiProperty() fileName: string;
  @ApiProperty({ example: '2024-07-01' }) issuedOn: string;
  @ApiProperty({ type: String, nullable: true, example: '2027-06-30' }) expiresOn: string | null;
  @ApiProperty({ enum: DOCUMENT_STATUSES, description: 'the organisers’ check' })
  status: DocumentStatus;
  @ApiProperty({ type: String, nullable: true }) refusalReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reviewedAt: string | null;
  @ApiProperty({
    enum: DOCUMENT_VALIDITIES,
    description: 'today in Hà Nội: expiring soon is within 30 days',
  })
  validity: DocumentValidity;
  @ApiProperty({ example: '/api/v1/producers/…/documents/…/file' }) url: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

/** The organisers' answer: checked, or refused with the reason the producer is mailed. */
export class DocumentReviewDto {
  @ApiProperty({ enum: ['checked', 'refused'] })
  @IsIn(['checked', 'refused'])
  status: 'checked' | 'refused';

  @ApiPropertyOptional({
    example: 'Ảnh chụp mờ, không đọc được mã số doanh nghiệp',
    maxLength: 500,
  })
  @ValidateIf((dto: DocumentReviewDto) => dto.status === 'refused' || dto.reason !== undefined)
  @TrimNfc()
  @IsText(1, 500)
  reason?: string;
}

export class DocumentKindDto {
  @ApiProperty({ enum: DOCUMENT_KINDS }) kind: DocumentKind;
  @ApiProperty() labelVi: string;
  @ApiProperty() labelEn: string;
}
