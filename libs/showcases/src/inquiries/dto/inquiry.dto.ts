import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  Max,
  ValidateBy,
} from 'class-validator';
import { IsText, PageQueryDto, TrimNfc } from '@hoicho/platform';
import { isCountryCode, resolveCountry } from '@hoicho/platform/domain';
import { Lang, LANGS } from '../../common/lang';
import { INQUIRY_STATUSES, InquiryStatus } from '../inquiry.entity';

/** The hidden field people never see and bots fill in. */
export const HONEYPOT_FIELD = 'website';

/** What a visitor sends from a product page or a scanned label; no account needed. */
export class CreateInquiryDto {
  @ApiProperty({ example: 'Anna Schmidt', maxLength: 120 })
  @TrimNfc()
  @IsText(1, 120)
  name: string;

  @ApiPropertyOptional({ example: 'Nordic Home GmbH', maxLength: 200 })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 200)
  company?: string;

  @ApiProperty({ example: 'anna@nordichome.example', maxLength: 254 })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({
    example: 'DE',
    description:
      'the country: its name in Vietnamese or English ("Đức", "Germany") or its ISO 3166-1 alpha-2 or alpha-3 code; stored as alpha-2',
  })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? (resolveCountry(value) ?? value.trim()) : value,
  )
  @ValidateBy({
    name: 'isCountryCode',
    validator: {
      validate: (value) => typeof value === 'string' && isCountryCode(value),
      defaultMessage: () => 'must be a country: its name (Đức, Germany) or its ISO code (DE, DEU)',
    },
  })
  country: string;

  @ApiPropertyOptional({ example: 500, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  quantity?: number;

  @ApiProperty({ example: 'Could you quote 500 lamp shades, shipped to Hamburg?', maxLength: 3000 })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.normalize('NFC').replace(/\r\n?/g, '\n').trim() : value,
  )
  @IsText(1, 3000, { multiline: true })
  message: string;

  @ApiProperty({ description: 'from GET …/inquiry-form (a person needs a few seconds to fill in)' })
  @IsString()
  @MaxLength(200)
  token: string;

  @ApiPropertyOptional({ description: 'leave empty: a hidden field only bots fill in' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string;

  @ApiPropertyOptional({
    example: 'S-0007',
    description: 'the label code when sent from a sample label',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  )
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,19}$/, { message: 'must be a label code such as S-0007' })
  sampleCode?: string;

  @ApiPropertyOptional({ enum: LANGS, description: 'the buyer’s language (replies)' })
  @IsOptional()
  @IsIn(LANGS)
  lang?: Lang;
}

export class InquiryReceiptDto {
  @ApiProperty({ example: 'received' }) status: 'received';
}

export class InquiryFormDto {
  @ApiProperty({ description: 'send back as `token`' }) token: string;
  @ApiProperty({ example: HONEYPOT_FIELD, description: 'a field to keep hidden and empty' })
  honeypotField: string;
  @ApiProperty({ example: 3, description: 'the form is refused if sent sooner' })
  minSeconds: number;
  @ApiProperty({ example: 120, description: 'the token expires after this' })
  expiresInMinutes: number;
}

export class InquiryQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: INQUIRY_STATUSES })
  @IsOptional()
  @IsIn(INQUIRY_STATUSES)
  status?: InquiryStatus;
}

export class UpdateInquiryDto {
  @ApiProperty({ enum: INQUIRY_STATUSES }) @IsIn(INQUIRY_STATUSES) status: InquiryStatus;
}

class InquiryProductDto {
  @ApiProperty() id: string;
  @ApiProperty() nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
}

export class InquiryDto {
  @ApiProperty() id: string;
  @ApiProperty() fairId: string;
  @ApiProperty({ type: InquiryProductDto }) product: InquiryProductDto;
  @ApiProperty({ enum: ['product_page', 'sample_label'] }) source: string;
  @ApiProperty({ type: String, nullable: true, example: 'S-0007' }) labelCode: string | null;
  @ApiProperty() buyerName: string;
  @ApiProperty({ type: String, nullable: true }) company: string | null;
  @ApiProperty() email: string;
  @ApiProperty({ example: 'DE' }) country: string;
  @ApiProperty({ type: Number, nullable: true }) quantity: number | null;
  @ApiProperty() message: string;
  @ApiProperty({ enum: LANGS, description: 'the buyer’s language' }) locale: Lang;
  @ApiProperty({ enum: INQUIRY_STATUSES }) status: InquiryStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) statusChangedAt: Date | null;
  @ApiProperty() createdAt: Date;
}

export class InquiryPageDto {
  @ApiProperty({ type: [InquiryDto] }) items: InquiryDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

class StatusCountsDto {
  @ApiProperty() new: number;
  @ApiProperty() replied: number;
  @ApiProperty() closed: number;
}

/** The producer's inquiries in each state. */
export class InquiryCountsDto extends StatusCountsDto {}

class VillageCountDto {
  @ApiProperty({ type: String, nullable: true }) villageId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Bát Tràng' }) village: string | null;
  @ApiProperty() inquiries: number;
}

class ProductCountDto {
  @ApiProperty() productId: string;
  @ApiProperty() nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty() producerId: string;
  @ApiProperty() producerName: string;
  @ApiProperty({ type: String, nullable: true }) village: string | null;
  @ApiProperty() inquiries: number;
}

/** Counts only: the organisers see how much interest a fair raised, never the messages. */
export class InquirySummaryDto {
  @ApiProperty() fairId: string;
  @ApiProperty() total: number;
  @ApiProperty({ description: 'inquiries that came from a scanned sample label' })
  fromLabels: number;
  @ApiProperty({ type: StatusCountsDto }) byStatus: StatusCountsDto;
  @ApiProperty({ type: [VillageCountDto] }) byVillage: VillageCountDto[];
  @ApiProperty({ type: [ProductCountDto] }) byProduct: ProductCountDto[];
}
