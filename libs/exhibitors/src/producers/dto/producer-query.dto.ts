import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { IsText, PageQueryDto, TrimNfc } from '@hoicho/platform';
import { QueryBoolean } from '../../common/query-flags';
import { IsCode } from '../../common/text.decorators';

export class ProducerQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    example: 'phu vinh may tre',
    description: 'every word must match the name, village or craft; diacritics and đ/Đ ignored',
    maxLength: 100,
  })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 100)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  craftVillageId?: string;

  @ApiPropertyOptional({ example: 'may-tre-dan' })
  @IsOptional()
  @IsCode()
  craftCategory?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  published?: boolean;
}
