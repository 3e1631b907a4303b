import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';
import { IsText, TrimNfc } from '@hoicho/platform';

/** The text fields that may come with the file; any other field is refused by name. */
export class PhotoUploadDto {
  @ApiPropertyOptional({ example: 'Chao đèn mây, mặt trước', maxLength: 200 })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 200)
  caption?: string;
}

/** A product's photos in their new order; the first becomes the cover. */
export class PhotoOrderDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'every photo of the product once, in the new order (the first is the cover)',
  })
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'each must be a photo id (UUID)' })
  photoIds: string[];
}
