import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { COMMUNE_KINDS, CommuneKind } from '../commune.entity';
import { IsText, TrimNfc } from '@hoicho/platform';

export const PROVINCE_CODE = /^\d{2}$/;
export const COMMUNE_CODE = /^\d{5}$/;

export class PutProvinceDto {
  @ApiProperty({ example: 'Thành phố Hà Nội', maxLength: 100 })
  @TrimNfc()
  @IsText(1, 100)
  name: string;
}

export class PutCommuneDto {
  @ApiProperty({ example: '01' })
  @IsString()
  @Matches(PROVINCE_CODE, { message: 'must be a 2-digit province code' })
  provinceCode: string;

  @ApiProperty({ example: 'Xã Phú Nghĩa', maxLength: 100 })
  @TrimNfc()
  @IsText(1, 100)
  name: string;

  @ApiProperty({ enum: COMMUNE_KINDS })
  @IsIn(COMMUNE_KINDS)
  kind: CommuneKind;
}

export class PutCraftCategoryDto {
  @ApiProperty({ example: 'Mây tre đan', maxLength: 100 })
  @TrimNfc()
  @IsText(1, 100)
  nameVi: string;

  @ApiPropertyOptional({
    type: String,
    example: 'Rattan and bamboo weaving',
    maxLength: 100,
    nullable: true,
  })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 100)
  nameEn?: string | null;
}

export class CommuneQueryDto {
  @ApiPropertyOptional({ example: 'phu nghia', description: 'ignores diacritics', maxLength: 100 })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 100)
  q?: string;
}

export class ProvinceDto {
  @ApiProperty({ example: '01' }) code: string;
  @ApiProperty({ example: 'Thành phố Hà Nội' }) name: string;
}

export class CommuneDto {
  @ApiProperty({ example: '10183' }) code: string;
  @ApiProperty({ example: '01' }) provinceCode: string;
  @ApiProperty({ example: 'Xã Phú Nghĩa' }) name: string;
  @ApiProperty({ enum: COMMUNE_KINDS }) kind: CommuneKind;
}

export class CraftCategoryDto {
  @ApiProperty({ example: 'may-tre-dan' }) code: string;
  @ApiProperty({ example: 'Mây tre đan' }) nameVi: string;
  @ApiProperty({ type: String, nullable: true, example: 'Rattan and bamboo weaving' }) nameEn:
    string | null;
}
