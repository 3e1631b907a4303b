import { PhotoDto, ProductDto } from './dto/product-view.dto';
import { ProductPhoto } from './photos/product-photo.entity';
import { Product } from './product.entity';

export const photoUrl = (p: { producerId: string; id: string }, photoId: string) =>
  `/api/v1/producers/${p.producerId}/products/${p.id}/photos/${photoId}`;

export function toPhotoDto(product: Product, photo: ProductPhoto): PhotoDto {
  return {
    id: photo.id,
    contentType: photo.contentType,
    sizeBytes: photo.sizeBytes,
    caption: photo.caption,
    url: photoUrl(product, photo.id),
    createdAt: photo.createdAt,
  };
}

export function toProductDto(p: Product, photos: ProductPhoto[]): ProductDto {
  return {
    id: p.id,
    producerId: p.producerId,
    nameVi: p.nameVi,
    nameEn: p.nameEn,
    category: p.category,
    materials: p.materials,
    dimensionsText: p.dimensionsText,
    widthCm: p.widthCm,
    depthCm: p.depthCm,
    heightCm: p.heightCm,
    priceMin: p.priceMin,
    priceMax: p.priceMax,
    minOrderQuantity: p.minOrderQuantity,
    ocop:
      p.ocopStars !== null && p.ocopExpiresOn !== null
        ? { stars: p.ocopStars, expiresOn: p.ocopExpiresOn, issuedOn: p.ocopIssuedOn }
        : null,
    sampleAvailable: p.sampleAvailable,
    published: p.published,
    photos: photos.map((photo) => toPhotoDto(p, photo)),
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}
