import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { IsText, PageQueryDto, TrimNfc } from '@hoicho/platform';
import { QueryBoolean } from '../../common/query-flags';
import { IMAGE_TYPES, ImageType } from '../photos/image-type';

export class OcopDto {
  @ApiProperty({ example: 4 }) stars: number;
  @ApiProperty({ example: '2027-06-30' }) expiresOn: string;
}

/** The producer's own view of a certificate also has its issue date, when given. */
export class OcopCertificateDto extends OcopDto {
  @ApiProperty({ type: String, nullable: true, example: '2024-07-01' }) issuedOn: string | null;
}

export class PhotoDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: Object.keys(IMAGE_TYPES) }) contentType: ImageType;
  @ApiProperty() sizeBytes: number;
  @ApiProperty({ type: String, nullable: true }) caption: string | null;
  @ApiProperty({ example: '/api/v1/producers/…/products/…/photos/…' }) url: string;
  @ApiProperty() createdAt: Date;
}

export class ProductDto {
  @ApiProperty() id: string;
  @ApiProperty() producerId: string;
  @ApiProperty({ example: 'Chao đèn mây' }) nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ example: 'Đèn, chao đèn' }) category: string;
  @ApiProperty({ type: [String], example: ['mây', 'tre'] }) materials: string[];
  @ApiProperty({ type: String, nullable: true }) dimensionsText: string | null;
  @ApiProperty({ type: Number, nullable: true }) widthCm: number | null;
  @ApiProperty({ type: Number, nullable: true }) depthCm: number | null;
  @ApiProperty({ type: Number, nullable: true }) heightCm: number | null;
  @ApiProperty({ type: String, nullable: true, example: '350000', description: 'đồng' }) priceMin:
    string | null;
  @ApiProperty({ type: String, nullable: true, example: '550000', description: 'đồng' }) priceMax:
    string | null;
  @ApiProperty({ type: Number, nullable: true }) minOrderQuantity: number | null;
  @ApiProperty({ type: OcopCertificateDto, nullable: true }) ocop: OcopCertificateDto | null;
  @ApiProperty() sampleAvailable: boolean;
  @ApiProperty() published: boolean;
  @ApiProperty({ type: [PhotoDto] }) photos: PhotoDto[];
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class ProductPageDto {
  @ApiProperty({ type: [ProductDto] }) items: ProductDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export class ProductQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    example: 'chao den may',
    description: 'every word must match the name, category or materials; diacritics ignored',
    maxLength: 100,
  })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 100)
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  sampleAvailable?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  published?: boolean;
}

export class AllProductsQueryDto extends ProductQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  producerId?: string;
}
