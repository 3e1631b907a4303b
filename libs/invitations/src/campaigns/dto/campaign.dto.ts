import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import {
  REMINDER_AUDIENCES,
  VISITOR_LANGUAGES,
  VISITOR_SEGMENTS,
  type ReminderAudience,
  type VisitorLanguage,
  type VisitorSegment,
} from '../../domain';
import { PLACEHOLDERS, unknownPlaceholders } from '../campaign-text';
import { IsText, TrimNfc } from '@hoicho/platform';

const PLACEHOLDER_DOC = `Placeholders: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.`;

const KnownPlaceholders = () =>
  ValidateBy({
    name: 'knownPlaceholders',
    validator: {
      validate: (value) => typeof value !== 'string' || unknownPlaceholders(value).length === 0,
      defaultMessage: (args) =>
        `uses unknown placeholder(s) ${unknownPlaceholders(String(args?.value ?? ''))
          .map((p) => `{{${p}}}`)
          .join(', ')}; known: ${PLACEHOLDERS.join(', ')}`,
    },
  });

export class SubjectTextsDto {
  @ApiPropertyOptional({ example: 'Thư mời tham dự {{fair}}', description: PLACEHOLDER_DOC })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 200)
  @KnownPlaceholders()
  vi?: string;

  @ApiPropertyOptional({ example: 'Invitation to {{fair}}', description: PLACEHOLDER_DOC })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 200)
  @KnownPlaceholders()
  en?: string;
}

export class BodyTextsDto {
  @ApiPropertyOptional({
    description: `Plain text; blank lines separate paragraphs. ${PLACEHOLDER_DOC}`,
  })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 10000, { multiline: true })
  @KnownPlaceholders()
  vi?: string;

  @ApiPropertyOptional({
    description: `Plain text; blank lines separate paragraphs. ${PLACEHOLDER_DOC}`,
  })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 10000, { multiline: true })
  @KnownPlaceholders()
  en?: string;
}

export class AudienceDto {
  @ApiPropertyOptional({ description: 'every visitor of the body (who has not refused consent)' })
  @IsOptional()
  @IsBoolean()
  all?: boolean;

  @ApiPropertyOptional({ enum: VISITOR_SEGMENTS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(VISITOR_SEGMENTS.length)
  @IsIn(VISITOR_SEGMENTS, { each: true })
  segments?: VisitorSegment[];

  @ApiPropertyOptional({ type: [String], description: 'visitors with any of these tags' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @TrimNfc()
  @IsText(1, 60, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ type: [String], description: 'hand-picked visitors', maxItems: 10000 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10000)
  @IsUUID('all', { each: true })
  visitorIds?: string[];
}

export class CreateCampaignDto {
  @ApiProperty({ description: 'a fair of the same organising body' })
  @IsUUID('all')
  fairId: string;

  @ApiProperty({ example: 'Khách mua quốc tế – đợt 1', maxLength: 200 })
  @TrimNfc()
  @IsText(1, 200)
  name: string;

  @ApiPropertyOptional({ type: SubjectTextsDto, description: 'defaults when left out' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SubjectTextsDto)
  subject?: SubjectTextsDto;

  @ApiPropertyOptional({ type: BodyTextsDto, description: 'defaults when left out' })
  @IsOptional()
  @ValidateNested()
  @Type(() => BodyTextsDto)
  body?: BodyTextsDto;

  @ApiProperty({ type: AudienceDto, description: 'segments, tags and hand-picked visitors add up' })
  @ValidateNested()
  @Type(() => AudienceDto)
  audience: AudienceDto;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 20,
    default: 0,
    description: 'guests per invitation',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(20)
  maxGuests?: number;

  @ApiPropertyOptional({
    default: false,
    description: 'invitations are accepted from the start and carry the ticket QR (VIPs, press)',
  })
  @IsOptional()
  @IsBoolean()
  preAccepted?: boolean;
}

export class UpdateCampaignDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 200)
  name?: string;

  @ApiPropertyOptional({ type: SubjectTextsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SubjectTextsDto)
  subject?: SubjectTextsDto;

  @ApiPropertyOptional({ type: BodyTextsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BodyTextsDto)
  body?: BodyTextsDto;

  @ApiPropertyOptional({ type: AudienceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AudienceDto)
  audience?: AudienceDto;

  @ApiPropertyOptional({ minimum: 0, maximum: 20 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(20)
  maxGuests?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  preAccepted?: boolean;
}

export class SendCampaignDto {
  @ApiPropertyOptional({
    example: '2027-09-01T08:00:00+07:00',
    description: 'an ISO 8601 instant with offset; absent or past = now',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @ValidateBy({
    name: 'hasOffset',
    validator: {
      validate: (value) => typeof value !== 'string' || /(Z|[+-]\d{2}:?\d{2})$/.test(value),
      defaultMessage: () => 'must carry a time zone offset (Z or +07:00)',
    },
  })
  at?: string;
}

export class PreviewCampaignDto {
  @ApiPropertyOptional({ description: 'a visitor of the list to preview for (default: a sample)' })
  @IsOptional()
  @IsUUID('all')
  visitorId?: string;

  @ApiPropertyOptional({ enum: VISITOR_LANGUAGES, description: 'default: the visitor’s language' })
  @IsOptional()
  @IsIn(VISITOR_LANGUAGES)
  locale?: VisitorLanguage;

  @ApiPropertyOptional({
    type: SubjectTextsDto,
    description: 'unsaved subjects to show instead of the stored ones (a live preview)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SubjectTextsDto)
  subject?: SubjectTextsDto;

  @ApiPropertyOptional({
    type: BodyTextsDto,
    description: 'unsaved bodies to show instead of the stored ones (a live preview)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => BodyTextsDto)
  body?: BodyTextsDto;
}

const AUDIENCE_NAMES = Object.keys(REMINDER_AUDIENCES) as ReminderAudience[];

export class CreateReminderDto {
  @ApiProperty({ enum: AUDIENCE_NAMES, description: 'which invitations get the reminder' })
  @IsIn(AUDIENCE_NAMES)
  audience: ReminderAudience;

  @ApiPropertyOptional({ description: 'ISO 8601 instant with offset; absent = now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;

  @ApiPropertyOptional({ type: SubjectTextsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SubjectTextsDto)
  subject?: SubjectTextsDto;

  @ApiPropertyOptional({ type: BodyTextsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BodyTextsDto)
  body?: BodyTextsDto;
}

export class InvitationQueryDto {
  @ApiPropertyOptional({ enum: ['pending', 'accepted', 'declined'] })
  @IsOptional()
  @IsIn(['pending', 'accepted', 'declined'])
  rsvp?: 'pending' | 'accepted' | 'declined';

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize = 20;
}
