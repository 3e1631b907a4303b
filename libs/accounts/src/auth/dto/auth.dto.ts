import { TrimLower } from '@hoicho/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'nsx@phuvinh.vn' })
  @TrimLower()
  @IsEmail()
  @MaxLength(254)
  email: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) password: string;
}

export class TokenDto {
  @ApiProperty({ description: 'the token from the emailed link' })
  @IsString()
  @Length(20, 100)
  token: string;
}

export class VerifyEmailResultDto {
  @ApiProperty({
    enum: ['verified', 'already_verified'],
    description:
      'already_verified: the link was used before (by its owner, or by a mail scanner that opened it first) and the address is confirmed',
  })
  status: 'verified' | 'already_verified';
}

export class PasswordResetRequestDto {
  @ApiProperty() @TrimLower() @IsEmail() @MaxLength(254) email: string;
}

export class PasswordResetConfirmDto extends TokenDto {
  @ApiProperty({ minLength: 10, maxLength: 200 }) @IsString() @Length(10, 200) password: string;
}

export class SessionTokenDto {
  @ApiProperty({ example: 'hc_…', description: 'send as Authorization: Bearer <token>' })
  token: string;
  @ApiProperty() expiresAt: Date;
}

export class SessionViewDto {
  @ApiProperty() id: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty() expiresAt: Date;
  @ApiProperty({ type: String, nullable: true }) userAgent: string | null;
  @ApiProperty({ description: 'the session making this request' }) current: boolean;
}

export class MeDto {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: ['admin', 'organiser', 'gate_staff', 'producer'] }) role: string;
  @ApiProperty({ enum: ['vi', 'en'] }) locale: string;
  @ApiProperty({ type: String, nullable: true }) organisingBodyId: string | null;
  @ApiProperty({ type: String, nullable: true }) producerId: string | null;
}

export class UpdateMeDto {
  @ApiPropertyOptional({ enum: ['vi', 'en'], description: 'the language of screens and mail' })
  @IsOptional()
  @IsIn(['vi', 'en'])
  locale?: 'vi' | 'en';
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  fullName?: string;
}

export class BrowserSessionDto {
  @ApiProperty({ type: MeDto, nullable: true, description: 'null when nobody is signed in' })
  user: MeDto | null;
}
