import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { IsText, PageQueryDto, TrimNfc } from '@hoicho/platform';
import { Lang, LANGS } from '../../common/lang';

export class LangQueryDto {
  @ApiPropertyOptional({ enum: LANGS, default: 'vi', description: 'language of names and titles' })
  @IsOptional()
  @IsIn(LANGS)
  lang: Lang = 'vi';
}

export class FairsPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: LANGS, default: 'vi' })
  @IsOptional()
  @IsIn(LANGS)
  lang: Lang = 'vi';
}

export class ExhibitorQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: LANGS, default: 'vi' })
  @IsOptional()
  @IsIn(LANGS)
  lang: Lang = 'vi';

  @ApiPropertyOptional({
    example: 'bat trang gom',
    description: 'every word must appear in the name, village or craft; diacritics and đ/Đ ignored',
    maxLength: 100,
  })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 100)
  q?: string;

  @ApiPropertyOptional({
    example: 'bat trang',
    description: 'craft village: its id, or part of its name (diacritics ignored)',
    maxLength: 120,
  })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 120)
  village?: string;

  @ApiPropertyOptional({
    example: 'gom su',
    description: 'craft: its code (gom-su), or part of its Vietnamese or English name',
    maxLength: 100,
  })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 100)
  craft?: string;
}

const DIGITS = /^(0|[1-9]\d{0,14})$/;

export class ProductQueryDto extends ExhibitorQueryDto {
  @ApiPropertyOptional({
    example: 'may',
    description: 'one material, diacritics ignored ("may" finds "mây")',
    maxLength: 60,
  })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 60)
  material?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 5,
    description: 'at least this many OCOP stars, with an unexpired certificate',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  ocopStars?: number;

  @ApiPropertyOptional({ example: '200000', description: 'đồng: the price range reaches this' })
  @IsOptional()
  @Matches(DIGITS, { message: 'must be a whole number of đồng, e.g. 200000' })
  priceMin?: string;

  @ApiPropertyOptional({
    example: '1000000',
    description: 'đồng: the price range starts below this',
  })
  @IsOptional()
  @Matches(DIGITS, { message: 'must be a whole number of đồng, e.g. 1000000' })
  priceMax?: string;
}

export class PublicDayDto {
  @ApiProperty({ example: '2026-10-10' }) date: string;
  @ApiProperty({ example: '08:00' }) opens: string;
  @ApiProperty({ example: '21:00' }) closes: string;
}

export class PublicFairDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'in the language asked for' }) name: string;
  @ApiProperty() nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty() venueName: string;
  @ApiProperty() venueAddress: string;
  @ApiProperty({ enum: ['published', 'running', 'closed'] }) status: string;
  @ApiProperty({ type: [PublicDayDto] }) days: PublicDayDto[];
}

export class PublicFairPageDto {
  @ApiProperty({ type: [PublicFairDto] }) items: PublicFairDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export class PublicVillageDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'Bát Tràng' }) name: string;
}

export class PublicCraftDto {
  @ApiProperty({ example: 'gom-su' }) code: string;
  @ApiProperty({ example: 'Gốm sứ', description: 'in the language asked for' }) name: string;
}

export class PublicExhibitorDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'in the language asked for' }) name: string;
  @ApiProperty() nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ type: PublicVillageDto, nullable: true }) village: PublicVillageDto | null;
  @ApiProperty({ type: PublicCraftDto, nullable: true }) craft: PublicCraftDto | null;
  @ApiProperty({
    type: [String],
    example: ['A-01', 'A-02'],
    description: 'booths on the fair’s plan',
  })
  boothCodes: string[];
  @ApiProperty({ description: 'published products' }) productCount: number;
}

export class PublicExhibitorPageDto {
  @ApiProperty({ type: [PublicExhibitorDto] }) items: PublicExhibitorDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export class PublicProducerRefDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: PublicVillageDto, nullable: true }) village: PublicVillageDto | null;
  @ApiProperty({ type: PublicCraftDto, nullable: true }) craft: PublicCraftDto | null;
}

export class PublicProductSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'in the language asked for' }) name: string;
  @ApiProperty() nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty() category: string;
  @ApiProperty({ type: [String], example: ['mây', 'tre'] }) materials: string[];
  @ApiProperty({ type: String, nullable: true, example: '350000', description: 'đồng' }) priceMin:
    string | null;
  @ApiProperty({ type: String, nullable: true, example: '550000', description: 'đồng' }) priceMax:
    string | null;
  @ApiProperty({ type: Number, nullable: true }) minOrderQuantity: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'OCOP stars of an unexpired certificate',
  })
  ocopStars: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'the first photo' }) photoUrl:
    string | null;
  @ApiProperty({ type: PublicProducerRefDto }) producer: PublicProducerRefDto;
  @ApiProperty({ description: 'the product’s public page (what a label QR opens)' })
  pageUrl: string;
}

export class PublicProductPageDto {
  @ApiProperty({ type: [PublicProductSummaryDto] }) items: PublicProductSummaryDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export class PublicPhotoDto {
  @ApiProperty() id: string;
  @ApiProperty() url: string;
  @ApiProperty({ type: String, nullable: true }) caption: string | null;
}

export class PublicOcopDto {
  @ApiProperty({ example: 4 }) stars: number;
  @ApiProperty({ example: '2027-06-30' }) expiresOn: string;
}

export class PublicShowcaseRefDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: 'S-0001' }) labelCode: string;
}

export class PublicExhibitorRefDto extends PublicProducerRefDto {
  @ApiProperty() nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ type: [String], example: ['A-01'] }) boothCodes: string[];
}

export class PublicProductDto {
  @ApiProperty() id: string;
  @ApiProperty() fairId: string;
  @ApiProperty() name: string;
  @ApiProperty() nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty() category: string;
  @ApiProperty({ type: [String] }) materials: string[];
  @ApiProperty({ type: String, nullable: true }) dimensionsText: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'đồng' }) priceMin: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'đồng' }) priceMax: string | null;
  @ApiProperty({ type: Number, nullable: true }) minOrderQuantity: number | null;
  @ApiProperty({ type: PublicOcopDto, nullable: true, description: 'only while valid' })
  ocop: PublicOcopDto | null;
  @ApiProperty({ type: [PublicPhotoDto] }) photos: PublicPhotoDto[];
  @ApiProperty({ type: PublicExhibitorRefDto }) producer: PublicExhibitorRefDto;
  @ApiProperty({ type: [PublicShowcaseRefDto], description: 'showcases where a sample stands' })
  showcases: PublicShowcaseRefDto[];
  @ApiProperty() pageUrl: string;
  @ApiProperty({ description: 'GET: a token for the inquiry form' }) inquiryFormUrl: string;
  @ApiProperty({ description: 'POST an inquiry here' }) inquiryUrl: string;
}

export class PublicExhibitorDetailDto extends PublicExhibitorDto {
  @ApiProperty({ type: [PublicProductSummaryDto] }) products: PublicProductSummaryDto[];
}

export class PublicSampleDto {
  @ApiProperty({ example: 'S-0001' }) labelCode: string;
  @ApiProperty({ type: PublicProductSummaryDto }) product: PublicProductSummaryDto;
}

export class PublicShowcaseDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'in the language asked for' }) title: string;
  @ApiProperty() titleVi: string;
  @ApiProperty({ type: String, nullable: true }) titleEn: string | null;
  @ApiProperty({ type: String, nullable: true }) theme: string | null;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ type: String, nullable: true }) curator: string | null;
  @ApiProperty() startsOn: string;
  @ApiProperty() endsOn: string;
  @ApiProperty({ type: [PublicSampleDto] }) samples: PublicSampleDto[];
}
