import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsCode } from '../../common/text.decorators';
import { LEGAL_FORMS, LegalForm } from '../../domain';
import { IsOptionalNotNull, IsText, TrimLower, TrimNfc } from '@hoicho/platform';

export const MAX_CONTACTS = 10;

/** The address since 7/2025: province and commune codes from the reference data. */
export class AddressInputDto {
  @ApiProperty({ example: '01' }) @IsString() @MaxLength(10) provinceCode: string;
  @ApiProperty({ example: '10183' }) @IsString() @MaxLength(10) communeCode: string;

  @ApiPropertyOptional({ type: String, example: 'Thôn Phú Vinh', maxLength: 255, nullable: true })
  @IsOptional()
  @TrimNfc()
  @IsText(0, 255)
  detail?: string | null;

  @ApiPropertyOptional({
    type: String,
    example: 'Xã Phú Nghĩa, huyện Chương Mỹ, Hà Nội',
    description: 'as printed on older certificates, district included',
    maxLength: 500,
    nullable: true,
  })
  @IsOptional()
  @TrimNfc()
  @IsText(0, 500)
  formerAddress?: string | null;
}

export class ContactInputDto {
  @ApiProperty({ example: 'Nguyễn Văn An', maxLength: 120 })
  @TrimNfc()
  @IsText(1, 120)
  name: string;

  @ApiPropertyOptional({ type: String, example: 'Chủ nhiệm HTX', maxLength: 80, nullable: true })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 80)
  title?: string | null;

  @ApiProperty({ example: '0912 345 678', description: 'Vietnamese mobile or landline' })
  @IsString()
  @MaxLength(30)
  phone: string;

  @ApiPropertyOptional({ type: String, example: 'an@phuvinh.vn', nullable: true })
  @IsOptional()
  @TrimLower()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;
}

/** Only the fields sent change; optional ones are cleared with null; contacts are replaced. */
export class UpdateProducerDto {
  @ApiPropertyOptional({ example: 'HTX Mây tre đan Phú Vinh', maxLength: 200 })
  @IsOptionalNotNull()
  @TrimNfc()
  @IsText(1, 200)
  legalNameVi?: string;

  @ApiPropertyOptional({
    type: String,
    example: 'Phu Vinh Rattan Cooperative',
    maxLength: 200,
    nullable: true,
  })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 200)
  legalNameEn?: string | null;

  @ApiPropertyOptional({ enum: LEGAL_FORMS })
  @IsOptionalNotNull()
  @IsIn(LEGAL_FORMS)
  legalForm?: LegalForm;

  @ApiPropertyOptional({
    type: String,
    example: '0100109106',
    description:
      '10 digits, 13 with a branch (0314409058-002), or a 12-digit citizen ID for household businesses',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  taxCode?: string | null;

  @ApiPropertyOptional({ type: AddressInputDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AddressInputDto)
  address?: AddressInputDto | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  craftVillageId?: string | null;

  @ApiPropertyOptional({ type: String, example: 'may-tre-dan', nullable: true })
  @IsOptional()
  @IsCode()
  craftCategory?: string | null;

  @ApiPropertyOptional({ type: [ContactInputDto], maxItems: MAX_CONTACTS })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_CONTACTS)
  @ValidateNested({ each: true })
  @Type(() => ContactInputDto)
  contacts?: ContactInputDto[];

  @ApiPropertyOptional({ description: 'show in the public catalogue' })
  @IsOptionalNotNull()
  @IsBoolean()
  published?: boolean;
}
