import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsText, TrimNfc } from '@hoicho/platform';

/** The text fields that may come with the file; any other field is refused by name. */
export class PhotoUploadDto {
  @ApiPropertyOptional({ example: 'Chao đèn mây, mặt trước', maxLength: 200 })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 200)
  caption?: string;
}
