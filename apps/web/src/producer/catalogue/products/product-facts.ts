import type { TFunction } from 'i18next';
import { vietnamDateOf } from '@time-rules/vietnam-time';
import { isOcopValid } from '@rules/ocop';
import { formatDay, formatMoney } from '@web/format/format';
import type { Product } from './products-api';

/** The price range as a buyer reads it: "350.000 ₫ – 550.000 ₫", "từ 350.000 ₫". */
export function priceText(product: Product, t: TFunction): string | null {
  const { priceMin, priceMax } = product;
  if (priceMin && priceMax)
    return priceMin === priceMax
      ? formatMoney(priceMin)
      : t('producerCatalogue.products.priceRange', {
          min: formatMoney(priceMin),
          max: formatMoney(priceMax),
        });
  if (priceMin) return t('producerCatalogue.products.priceFrom', { min: formatMoney(priceMin) });
  if (priceMax) return t('producerCatalogue.products.priceTo', { max: formatMoney(priceMax) });
  return null;
}

/**
 * "OCOP 4 sao, hạn đến 30/06/2027", or that it has expired (it then counts for nothing),
 * judged by the API's rule on today's date in Việt Nam.
 */
export function ocopText(product: Product, t: TFunction, now = new Date()): string | null {
  const { ocop } = product;
  if (!ocop) return null;
  const args = { stars: ocop.stars, date: formatDay(ocop.expiresOn) };
  return isOcopValid(ocop, vietnamDateOf(now))
    ? t('producerCatalogue.products.ocopUntil', args)
    : t('producerCatalogue.products.ocopExpired', args);
}
