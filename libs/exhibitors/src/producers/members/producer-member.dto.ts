import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, MaxLength } from 'class-validator';
import { IsText, TrimLower, TrimNfc } from '@hoicho/platform';

export class AddProducerMemberDto {
  @ApiProperty({ example: 'ke.toan@phuvinh.vn' })
  @TrimLower()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Trần Thị Bình', maxLength: 120 })
  @TrimNfc()
  @IsText(1, 120)
  fullName: string;

  @ApiPropertyOptional({ enum: ['vi', 'en'], default: 'vi' })
  @IsOptional()
  @IsIn(['vi', 'en'])
  locale?: 'vi' | 'en';
}

export class ProducerMemberDto {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) emailVerifiedAt: Date | null;
}
