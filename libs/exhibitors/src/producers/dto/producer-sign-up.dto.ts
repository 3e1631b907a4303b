import { IsText, TrimNfc, TrimLower } from '@hoicho/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LEGAL_FORMS, LegalForm } from '../../domain/legal-form';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';

export class ProducerSignUpDto {
  @ApiProperty({ example: 'htx@phuvinh.vn' })
  @TrimLower()
  @IsEmail()
  @MaxLength(254)
  email: string;
  @ApiProperty({ minLength: 10, maxLength: 200 }) @IsString() @Length(10, 200) password: string;
  @ApiProperty({ example: 'Nguyễn Văn An' })
  @TrimNfc()
  @IsText(1, 120)
  fullName: string;
  @ApiProperty({ example: 'HTX Mây tre đan Phú Vinh' })
  @TrimNfc()
  @IsText(1, 200)
  producerName: string;
  @ApiPropertyOptional({ enum: LEGAL_FORMS, description: 'can also be set later on the profile' })
  @IsOptional()
  @IsIn(LEGAL_FORMS)
  legalForm?: LegalForm;
  @ApiPropertyOptional({ enum: ['vi', 'en'], default: 'vi' })
  @IsOptional()
  @IsIn(['vi', 'en'])
  locale?: 'vi' | 'en';
}

/** No ids: the answer is the same whether or not the address already had an account. */
export class ProducerSignUpResultDto {
  @ApiProperty({ example: 'check your email to confirm the address' }) next: string;
}
