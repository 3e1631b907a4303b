import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Matches } from 'class-validator';
import { IsOptionalNotNull, IsText, PageQueryDto, TrimNfc } from '@hoicho/platform';
import { QueryBoolean } from '../../common/query-flags';
import { IsCode } from '../../common/text.decorators';
import { COMMUNE_CODE, PROVINCE_CODE } from '../../reference/dto/reference.dto';

const PROVINCE_MESSAGE = 'must be a 2-digit province code';
const COMMUNE_MESSAGE = 'must be a 5-digit commune code';

export class CreateCraftVillageDto {
  @ApiProperty({ example: 'Phú Vinh', maxLength: 120 })
  @TrimNfc()
  @IsText(1, 120)
  name: string;

  @ApiProperty({ example: 'may-tre-dan', description: 'a craft category code' })
  @IsCode()
  craftCategory: string;

  @ApiProperty({ example: '01' })
  @IsString()
  @Matches(PROVINCE_CODE, { message: PROVINCE_MESSAGE })
  provinceCode: string;

  @ApiPropertyOptional({ type: String, example: '10183', nullable: true })
  @IsOptional()
  @IsString()
  @Matches(COMMUNE_CODE, { message: COMMUNE_MESSAGE })
  communeCode?: string | null;

  @ApiPropertyOptional({ default: false, description: 'officially recognised craft village' })
  @IsOptional()
  @IsBoolean()
  recognised?: boolean;
}

/** Only the fields sent change; communeCode is cleared with null. */
export class UpdateCraftVillageDto {
  @ApiPropertyOptional({ maxLength: 120 })
  @IsOptionalNotNull()
  @TrimNfc()
  @IsText(1, 120)
  name?: string;

  @ApiPropertyOptional({ example: 'gom-su' })
  @IsOptionalNotNull()
  @IsCode()
  craftCategory?: string;

  @ApiPropertyOptional({ example: '01' })
  @IsOptionalNotNull()
  @IsString()
  @Matches(PROVINCE_CODE, { message: PROVINCE_MESSAGE })
  provinceCode?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @Matches(COMMUNE_CODE, { message: COMMUNE_MESSAGE })
  communeCode?: string | null;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsBoolean()
  recognised?: boolean;
}

export class CraftVillageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'phu vinh', description: 'ignores diacritics', maxLength: 100 })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 100)
  q?: string;

  @ApiPropertyOptional({ example: '01' })
  @IsOptional()
  @IsString()
  @Matches(PROVINCE_CODE, { message: PROVINCE_MESSAGE })
  provinceCode?: string;

  @ApiPropertyOptional({ example: 'may-tre-dan' })
  @IsOptional()
  @IsCode()
  craftCategory?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  recognised?: boolean;
}

export class CraftVillageDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'Phú Vinh' }) name: string;
  @ApiProperty({ example: 'may-tre-dan' }) craftCategory: string;
  @ApiProperty({ example: '01' }) provinceCode: string;
  @ApiProperty({ type: String, nullable: true, example: '10183' }) communeCode: string | null;
  @ApiProperty() recognised: boolean;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class CraftVillagePageDto {
  @ApiProperty({ type: [CraftVillageDto] }) items: CraftVillageDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}
