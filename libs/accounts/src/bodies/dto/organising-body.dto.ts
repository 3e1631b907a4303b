import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsEnum, IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { IsText, Role, TrimLower, TrimNfc } from '@hoicho/platform';

export class CreateOrganisingBodyDto {
  @ApiProperty({ example: 'so-cong-thuong-ha-noi' })
  @Matches(/^[a-z0-9-]{2,40}$/, { message: 'must be 2–40 lower-case letters, digits or dashes' })
  code: string;
  @ApiProperty({ example: 'Sở Công Thương Hà Nội' })
  @TrimNfc()
  @IsText(1, 200)
  nameVi: string;
  @ApiPropertyOptional({ example: 'Hanoi Department of Industry and Trade' })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 200)
  nameEn?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @TrimLower()
  @IsEmail()
  @MaxLength(254)
  email?: string;
}

export class OrganisingBodyDto {
  @ApiProperty() id: string;
  @ApiProperty() code: string;
  @ApiProperty() nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty() createdAt: Date;
}

export class CreateStaffDto {
  @ApiProperty() @TrimLower() @IsEmail() @MaxLength(254) email: string;
  @ApiProperty({ example: 'Phạm Thu Hà' })
  @TrimNfc()
  @IsText(1, 120)
  fullName: string;
  @ApiProperty({ enum: [Role.Organiser, Role.GateStaff] })
  @IsEnum(Role)
  @IsIn([Role.Organiser, Role.GateStaff], { message: 'must be organiser or gate_staff' })
  role: Role;
  @ApiPropertyOptional({ enum: ['vi', 'en'], default: 'vi' })
  @IsOptional()
  @IsIn(['vi', 'en'])
  locale?: 'vi' | 'en';
}

export class UserViewDto {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: Role }) role: Role;
  @ApiProperty({ enum: ['vi', 'en'] }) locale: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) emailVerifiedAt: Date | null;
  @ApiProperty() createdAt: Date;
}
