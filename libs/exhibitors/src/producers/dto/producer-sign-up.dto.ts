import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.normalize('NFC').trim() : value;
const trimLower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class ProducerSignUpDto {
  @ApiProperty({ example: 'htx@phuvinh.vn' })
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email: string;
  @ApiProperty({ minLength: 10, maxLength: 200 }) @IsString() @Length(10, 200) password: string;
  @ApiProperty({ example: 'Nguyễn Văn An' })
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  fullName: string;
  @ApiProperty({ example: 'HTX Mây tre đan Phú Vinh' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  producerName: string;
  @ApiPropertyOptional({ enum: ['vi', 'en'], default: 'vi' })
  @IsOptional()
  @IsIn(['vi', 'en'])
  locale?: 'vi' | 'en';
}

export class ProducerSignUpResultDto {
  @ApiProperty() producerId: string;
  @ApiProperty() userId: string;
  @ApiProperty({ example: 'check your email to confirm the address' }) next: string;
}
