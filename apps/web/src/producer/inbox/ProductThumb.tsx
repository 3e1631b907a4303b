import { Image, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProductPhoto } from './inbox-api';

/** A product's first photo as a small square; a plain tile while loading or without a photo. */
export function ProductThumb({ productId, name }: { productId: string; name: string }) {
  const { t } = useTranslation();
  const photo = useProductPhoto(productId).data;
  if (!photo) return <Paper w={56} h={56} bg="gray.1" radius="sm" aria-hidden />;
  return (
    <Image
      src={photo}
      alt={t('producerInbox.inquiries.productPhoto', { name })}
      w={56}
      h={56}
      radius="sm"
      fit="cover"
      loading="lazy"
    />
  );
}
