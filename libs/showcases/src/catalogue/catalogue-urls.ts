/** Where public things live: pages under the public URL, API paths relative to it. */
export const productPagePath = (fairId: string, productId: string) =>
  `/catalogue/fairs/${fairId}/products/${productId}`;

export const productPageUrl = (publicUrl: string, fairId: string, productId: string) =>
  `${publicUrl.replace(/\/+$/, '')}${productPagePath(fairId, productId)}`;

/** What a sample's label QR carries: the product's page, marked with the label code. */
export const labelUrl = (publicUrl: string, fairId: string, productId: string, labelCode: string) =>
  `${productPageUrl(publicUrl, fairId, productId)}?sample=${encodeURIComponent(labelCode)}`;

export const publicPhotoPath = (fairId: string, productId: string, photoId: string) =>
  `/api/v1/catalogue/fairs/${fairId}/products/${productId}/photos/${photoId}`;

export const inquiryFormPath = (fairId: string) => `/api/v1/catalogue/fairs/${fairId}/inquiry-form`;

export const inquiryPath = (fairId: string, productId: string) =>
  `/api/v1/catalogue/fairs/${fairId}/products/${productId}/inquiries`;

/** Today in Hà Nội (UTC+7, no DST) as YYYY-MM-DD. */
export const hanoiToday = (now: Date) =>
  new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
