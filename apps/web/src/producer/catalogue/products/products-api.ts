import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@web/api/client';
import type { components } from '@web/api/schema';
import { as, type Override } from '../schema-fix';

type Schemas = components['schemas'];
export type Photo = Override<Schemas['PhotoDto'], { caption: string | null }>;
interface ProductFacts {
  nameEn: string | null;
  dimensionsText: string | null;
  widthCm: number | null;
  depthCm: number | null;
  heightCm: number | null;
  /** Whole đồng as a digit string. */
  priceMin: string | null;
  priceMax: string | null;
  minOrderQuantity: number | null;
}
export type Product = Override<Schemas['ProductDto'], ProductFacts & { photos: Photo[] }>;
export type ProductInput = Override<Schemas['CreateProductDto'], Partial<ProductFacts>>;
export type ProductPage = Override<Schemas['ProductPageDto'], { items: Product[] }>;

/** A product as the API's body type for create and update. */
export const productBody = (input: ProductInput) => as<Schemas['CreateProductDto']>(input);

export const productsKey = (producerId: string) => ['producers', producerId, 'products'] as const;
export const productKey = (producerId: string, productId: string) =>
  [...productsKey(producerId), productId] as const;

/** The producer's catalogue, first page of 100 in Vietnamese order. */
export const useProducts = (producerId: string) =>
  useQuery({
    queryKey: productsKey(producerId),
    queryFn: async () =>
      as<ProductPage>(
        await unwrap(
          api.GET('/api/v1/producers/{producerId}/products', {
            params: { path: { producerId }, query: { pageSize: 100 } },
          }),
        ),
      ),
  });

export const useProduct = (producerId: string, productId: string) =>
  useQuery({
    queryKey: productKey(producerId, productId),
    queryFn: async () =>
      as<Product>(
        await unwrap(
          api.GET('/api/v1/producers/{producerId}/products/{productId}', {
            params: { path: { producerId, productId } },
          }),
        ),
      ),
  });

/** Sends one photo as the API's multipart route expects: the file in the field "photo". */
export function uploadPhoto(producerId: string, productId: string, photo: Blob, name: string) {
  const body = new FormData();
  body.append('photo', photo, name);
  return unwrap(
    api.POST('/api/v1/producers/{producerId}/products/{productId}/photos', {
      params: { path: { producerId, productId } },
      body: { photo: name },
      bodySerializer: () => body,
    }),
  );
}
