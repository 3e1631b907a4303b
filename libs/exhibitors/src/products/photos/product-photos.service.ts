import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppError, TransactionRunner } from '@hoicho/platform';
import { fieldError } from '../../common/field-errors';
import { PhotoDto } from '../dto/product-view.dto';
import { ProductRepository } from '../product.repository';
import { toPhotoDto } from '../product.view';
import { detectImageType, IMAGE_TYPES, ImageType } from './image-type';
import { PHOTO_STORAGE, PhotoStorage } from './photo-storage';
import { MAX_PHOTO_BYTES, PHOTO_FIELD, UploadedPhoto } from './photo-upload.interceptor';
import { ProductPhotoRepository } from './product-photo.repository';

export const MAX_PHOTOS_PER_PRODUCT = 10;

/** Product photos: checked by their bytes, stored through PhotoStorage, listed in the row. */
@Injectable()
export class ProductPhotosService {
  private readonly logger = new Logger(ProductPhotosService.name);

  constructor(
    private readonly products: ProductRepository,
    private readonly photos: ProductPhotoRepository,
    private readonly transactions: TransactionRunner,
    @Inject(PHOTO_STORAGE) private readonly storage: PhotoStorage,
  ) {}

  async add(
    producerId: string,
    productId: string,
    file: UploadedPhoto | undefined,
    caption: string | null,
  ): Promise<PhotoDto> {
    const contentType = this.check(file);
    const id = randomUUID();
    const key = `${productId}/${id}.${IMAGE_TYPES[contentType]}`;
    return this.transactions.run(async ({ manager }) => {
      // The lock orders concurrent uploads to one product, so the count below holds.
      const product = await this.products.lockOfProducer(manager, producerId, productId);
      if (!product) throw AppError.notFound('Product');
      if ((await this.photos.countOf(manager, productId)) >= MAX_PHOTOS_PER_PRODUCT)
        throw new AppError(
          'conflict',
          'too_many_photos',
          `A product has at most ${MAX_PHOTOS_PER_PRODUCT} photos`,
          [{ field: PHOTO_FIELD, message: 'delete a photo first' }],
        );
      await this.storage.put(key, file!.buffer);
      try {
        const photo = await this.photos.insert(manager, {
          id,
          productId,
          storageKey: key,
          contentType,
          sizeBytes: file!.size,
          caption,
          position: await this.photos.nextPosition(manager, productId),
        });
        return toPhotoDto(product, photo);
      } catch (error) {
        await this.storage.remove(key);
        throw error;
      }
    });
  }

  async read(producerId: string, productId: string, photoId: string) {
    const photo = await this.find(producerId, productId, photoId);
    const data = await this.storage.read(photo.storageKey);
    if (!data) {
      this.logger.error(`photo ${photo.id} has no bytes at ${photo.storageKey}`);
      throw AppError.notFound('Photo');
    }
    return { contentType: photo.contentType, data };
  }

  async remove(producerId: string, productId: string, photoId: string): Promise<void> {
    const photo = await this.find(producerId, productId, photoId);
    await this.photos.delete(photo.id);
    await this.storage
      .remove(photo.storageKey)
      .catch((error: Error) => this.logger.warn(error.message));
  }

  /**
   * Puts the product's photos in the producer's order (the first is its cover). The list must
   * name each of its photos once: one deleted or added meanwhile makes the order stale.
   */
  async reorder(producerId: string, productId: string, photoIds: string[]): Promise<PhotoDto[]> {
    return this.transactions.run(async ({ manager }) => {
      // The product's lock orders this after any upload to it under way.
      const product = await this.products.lockOfProducer(manager, producerId, productId);
      if (!product) throw AppError.notFound('Product');
      const current = new Set(
        (await this.photos.ofProducts([productId], manager)).map((p) => p.id),
      );
      const asked = new Set(photoIds);
      if (
        asked.size !== photoIds.length ||
        asked.size !== current.size ||
        photoIds.some((id) => !current.has(id))
      )
        throw fieldError(
          'photoIds',
          `must name each of the product's ${current.size} photos once, in the new order`,
          'photo_order',
        );
      await this.photos.reorder(manager, productId, photoIds);
      const photos = await this.photos.ofProducts([productId], manager);
      return photos.map((photo) => toPhotoDto(product, photo));
    });
  }

  private check(file: UploadedPhoto | undefined): ImageType {
    if (!file || file.size === 0)
      throw fieldError(PHOTO_FIELD, 'is required: send a JPEG, PNG or WebP image', 'required');
    if (file.size > MAX_PHOTO_BYTES)
      throw fieldError(PHOTO_FIELD, 'must be at most 5 MB', 'photo_too_large');
    const type = detectImageType(file.buffer);
    if (!type)
      throw fieldError(
        PHOTO_FIELD,
        'must be a JPEG, PNG or WebP image (checked by its content, not its name)',
        'photo_type',
      );
    return type;
  }

  private async find(producerId: string, productId: string, photoId: string) {
    const photo = await this.photos.findOfProducer(producerId, productId, photoId);
    if (!photo) throw AppError.notFound('Photo');
    return photo;
  }
}
