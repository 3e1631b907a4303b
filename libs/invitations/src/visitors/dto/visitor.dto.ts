import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  ValidateIf,
  ValidateBy,
} from 'class-validator';
import { IsText, PageQueryDto, TrimNfc } from '@hoicho/platform';
import {
  resolveCountry,
  VISITOR_LANGUAGES,
  VISITOR_SEGMENTS,
  type VisitorLanguage,
  type VisitorSegment,
} from '../../domain';
import { IsVisitorEmail } from '../../common/validation';

/** Absent leaves a field alone; null clears it (PATCH of an optional column). */
const IsOptionalOrNull = () =>
  ValidateIf((_object, value) => value !== undefined && value !== null);

/** "VN", "vn", "Việt Nam", "Japan" → ISO 3166-1 alpha-2. */
const IsCountry = () =>
  ValidateBy({
    name: 'isCountry',
    validator: {
      validate: (value) => typeof value === 'string' && /^[A-Z]{2}$/.test(value),
      defaultMessage: () => 'must be a country (ISO code such as VN, or a name)',
    },
  });
const ToCountry = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? (resolveCountry(value) ?? value) : value,
  );

export class CreateVisitorDto {
  @ApiProperty({ example: 'Nguyễn Văn An', maxLength: 200 })
  @TrimNfc()
  @IsText(1, 200)
  name: string;

  @ApiProperty({ example: 'an.nguyen@example.vn' })
  @IsVisitorEmail()
  email: string;

  @ApiPropertyOptional({
    type: String,
    example: 'HTX Mây tre đan Phú Vinh',
    maxLength: 300,
    nullable: true,
  })
  @IsOptionalOrNull()
  @TrimNfc()
  @IsText(1, 300)
  organisation?: string | null;

  @ApiPropertyOptional({ type: String, example: '0912 345 678', maxLength: 40, nullable: true })
  @IsOptionalOrNull()
  @TrimNfc()
  @IsText(1, 40)
  phone?: string | null;

  @ApiPropertyOptional({
    type: String,
    example: 'VN',
    description: 'ISO 3166-1 alpha-2 or a country name',
  })
  @IsOptionalOrNull()
  @ToCountry()
  @IsCountry()
  country?: string | null;

  @ApiPropertyOptional({ enum: VISITOR_LANGUAGES, nullable: true })
  @IsOptionalOrNull()
  @IsIn(VISITOR_LANGUAGES)
  language?: VisitorLanguage | null;

  @ApiPropertyOptional({ enum: VISITOR_SEGMENTS, nullable: true })
  @IsOptionalOrNull()
  @IsIn(VISITOR_SEGMENTS)
  segment?: VisitorSegment | null;

  @ApiPropertyOptional({ type: [String], example: ['gốm', 'nhà nhập khẩu'], maxItems: 50 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @TrimNfc()
  @IsText(1, 60, { each: true })
  tags?: string[];

  @ApiPropertyOptional({
    type: Boolean,
    description: 'consent to receive invitations',
    nullable: true,
  })
  @IsOptionalOrNull()
  @IsBoolean()
  consent?: boolean | null;
}

export class UpdateVisitorDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 200)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsVisitorEmail()
  email?: string;

  @ApiPropertyOptional({ type: String, maxLength: 300, nullable: true })
  @IsOptionalOrNull()
  @TrimNfc()
  @IsText(1, 300)
  organisation?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 40, nullable: true })
  @IsOptionalOrNull()
  @TrimNfc()
  @IsText(1, 40)
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptionalOrNull()
  @ToCountry()
  @IsCountry()
  country?: string | null;

  @ApiPropertyOptional({ enum: VISITOR_LANGUAGES, nullable: true })
  @IsOptionalOrNull()
  @IsIn(VISITOR_LANGUAGES)
  language?: VisitorLanguage | null;

  @ApiPropertyOptional({ enum: VISITOR_SEGMENTS, nullable: true })
  @IsOptionalOrNull()
  @IsIn(VISITOR_SEGMENTS)
  segment?: VisitorSegment | null;

  @ApiPropertyOptional({ type: [String], description: 'replaces the tags' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @TrimNfc()
  @IsText(1, 60, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ type: Boolean, nullable: true })
  @IsOptionalOrNull()
  @IsBoolean()
  consent?: boolean | null;
}

export class VisitorQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'name, organisation or email; diacritics ignored' })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 100)
  q?: string;

  @ApiPropertyOptional({ enum: VISITOR_SEGMENTS })
  @IsOptional()
  @IsIn(VISITOR_SEGMENTS)
  segment?: VisitorSegment;

  @ApiPropertyOptional({ description: 'a tag, case-insensitive' })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 60)
  tag?: string;
}

export class VisitorDto {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'VN' }) country: string | null;
  @ApiProperty({ enum: VISITOR_LANGUAGES, nullable: true }) language: VisitorLanguage | null;
  @ApiProperty({ enum: VISITOR_LANGUAGES, description: 'the language mail is written in' })
  mailLanguage: VisitorLanguage;
  @ApiProperty({ enum: VISITOR_SEGMENTS, nullable: true }) segment: VisitorSegment | null;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: Boolean, nullable: true }) consent: boolean | null;
  @ApiProperty({ enum: ['import', 'manual', 'self_registration'] }) source: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class VisitorPageDto {
  @ApiProperty({ type: [VisitorDto] }) items: VisitorDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}
