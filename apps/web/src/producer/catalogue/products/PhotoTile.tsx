import { ActionIcon, Badge, Group, Image } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Photo } from './products-api';

interface Props {
  photo: Photo;
  /** Its place, from 1; the first is the product's cover. */
  n: number;
  count: number;
  productName: string;
  onRemove: () => void;
  onMove: (by: -1 | 1) => void;
}

/** One photo of the product: delete it, or move it earlier or later (the first is the cover). */
export function PhotoTile({ photo, n, count, productName, onRemove, onMove }: Props) {
  const { t } = useTranslation();
  return (
    <li style={{ position: 'relative' }}>
      <Image
        src={photo.url}
        alt={t('producerCatalogue.photos.photoN', { n, name: productName })}
        h={100}
        radius="sm"
        fit="cover"
      />
      {n === 1 && (
        <Badge pos="absolute" top={4} left={4} size="sm" color="tre.8">
          {t('producerCatalogue.photos.cover')}
        </Badge>
      )}
      <ActionIcon
        pos="absolute"
        top={4}
        right={4}
        color="red"
        variant="filled"
        size="md"
        aria-label={t('producerCatalogue.photos.remove', { n })}
        onClick={onRemove}
      >
        ×
      </ActionIcon>
      {count > 1 && (
        <Group justify="space-between" mt={4} gap={4}>
          {/* data-move lets the card put the focus back on the button after the move. */}
          <ActionIcon
            variant="default"
            size="lg"
            disabled={n === 1}
            data-move={`${photo.id}:-1`}
            aria-label={t('producerCatalogue.photos.earlier', { n })}
            onClick={() => onMove(-1)}
          >
            <span aria-hidden>←</span>
          </ActionIcon>
          <ActionIcon
            variant="default"
            size="lg"
            disabled={n === count}
            data-move={`${photo.id}:1`}
            aria-label={t('producerCatalogue.photos.later', { n })}
            onClick={() => onMove(1)}
          >
            <span aria-hidden>→</span>
          </ActionIcon>
        </Group>
      )}
    </li>
  );
}
