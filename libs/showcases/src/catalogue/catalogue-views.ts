import { PublicProducerRow, PublicProductRow } from '@hoicho/exhibitors';
import { Lang, pick } from '../common/lang';
import { productPageUrl, publicPhotoPath } from './catalogue-urls';
import { PublicExhibitorDto, PublicProductSummaryDto } from './dto/catalogue.dto';

/** Whole đồng as the digit string the public answers carry. */
export const dong = (value: number | null): string | null =>
  value === null ? null : String(value);

const villageOf = (r: { villageId: string | null; villageName: string | null }) =>
  r.villageId ? { id: r.villageId, name: r.villageName! } : null;

const craftOf = (
  r: { craftCode: string | null; craftVi: string | null; craftEn: string | null },
  lang: Lang,
) => (r.craftCode ? { code: r.craftCode, name: pick(lang, r.craftVi!, r.craftEn) } : null);

export function toExhibitorDto(
  r: PublicProducerRow,
  boothCodes: string[],
  lang: Lang,
): PublicExhibitorDto {
  return {
    id: r.id,
    name: pick(lang, r.nameVi, r.nameEn),
    nameVi: r.nameVi,
    nameEn: r.nameEn,
    village: villageOf(r),
    craft: craftOf(r, lang),
    boothCodes,
    productCount: r.productCount,
  };
}

export function toProductSummary(
  publicUrl: string,
  fairId: string,
  r: PublicProductRow,
  lang: Lang,
): PublicProductSummaryDto {
  return {
    id: r.id,
    name: pick(lang, r.nameVi, r.nameEn),
    nameVi: r.nameVi,
    nameEn: r.nameEn,
    category: r.category,
    materials: r.materials,
    priceMin: dong(r.priceMin),
    priceMax: dong(r.priceMax),
    minOrderQuantity: r.minOrderQuantity,
    ocopStars: r.ocopStars,
    photoUrl: r.photoId ? publicPhotoPath(fairId, r.id, r.photoId) : null,
    producer: {
      id: r.producerId,
      name: pick(lang, r.producerNameVi, r.producerNameEn),
      village: villageOf(r),
      craft: craftOf(r, lang),
    },
    pageUrl: productPageUrl(publicUrl, fairId, r.id),
  };
}
