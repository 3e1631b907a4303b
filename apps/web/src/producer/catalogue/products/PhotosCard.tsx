import {
  ActionIcon,
  Alert,
  Button,
  Card,
  FileButton,
  Group,
  Image,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@web/api/client';
import { isApiError } from '@web/api/api-error';
import { localiseFieldErrors } from '../api-errors';
import { confirmDanger } from '../confirm-danger';
import { type Product, productKey, productsKey, uploadPhoto } from './products-api';
import { NotAnImageError, resizeImage } from './resize-image';

const MAX_PHOTOS = 10;

/** A product's photos: taken with the camera or chosen, shrunk on the phone, then sent. */
export function PhotosCard({ product }: { product: Product }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [progress, setProgress] = useState<{ n: number; of: number }>();
  const [problems, setProblems] = useState<string[]>([]);
  const room = MAX_PHOTOS - product.photos.length;
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: productKey(product.producerId, product.id) }),
      client.invalidateQueries({ queryKey: productsKey(product.producerId), exact: true }),
    ]);

  const reason = (error: unknown) => {
    if (error instanceof NotAnImageError) return t('producerCatalogue.photos.notImage');
    const localised = localiseFieldErrors(error, t);
    if (isApiError(localised)) return localised.fields[0]?.message ?? localised.message;
    return t('errors.network');
  };

  /** Photos go one at a time: each is its own record, kept even if a later one fails. */
  const add = async (files: File[]) => {
    if (progress || !files.length) return;
    const chosen = files.slice(0, room);
    const failed: string[] = [];
    setProblems([]);
    for (const [i, file] of chosen.entries()) {
      setProgress({ n: i + 1, of: chosen.length });
      try {
        const photo = await resizeImage(file);
        await uploadPhoto(product.producerId, product.id, photo, photo.name);
      } catch (error) {
        failed.push(
          t('producerCatalogue.photos.failed', { name: file.name, reason: reason(error) }),
        );
      }
    }
    await refresh();
    setProgress(undefined);
    setProblems(failed);
  };

  const remove = (photoId: string, n: number) =>
    confirmDanger(t, {
      title: t('producerCatalogue.photos.removeTitle'),
      body: t('producerCatalogue.photos.removeBody'),
      confirm: t('producerCatalogue.photos.remove', { n }),
      onConfirm: async () => {
        await unwrap(
          api.DELETE('/api/v1/producers/{producerId}/products/{productId}/photos/{photoId}', {
            params: { path: { producerId: product.producerId, productId: product.id, photoId } },
          }),
        );
        await refresh();
      },
    });

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('producerCatalogue.photos.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('producerCatalogue.photos.hint')}
        </Text>
        {product.photos.length ? (
          <SimpleGrid
            cols={3}
            spacing="xs"
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {product.photos.map((photo, i) => (
              <li key={photo.id} style={{ position: 'relative' }}>
                <Image
                  src={photo.url}
                  alt={t('producerCatalogue.photos.photoN', { n: i + 1, name: product.nameVi })}
                  h={100}
                  radius="sm"
                  fit="cover"
                />
                <ActionIcon
                  pos="absolute"
                  top={4}
                  right={4}
                  color="red"
                  variant="filled"
                  size="md"
                  aria-label={t('producerCatalogue.photos.remove', { n: i + 1 })}
                  onClick={() => remove(photo.id, i + 1)}
                >
                  ×
                </ActionIcon>
              </li>
            ))}
          </SimpleGrid>
        ) : (
          <Text size="sm">{t('producerCatalogue.photos.empty')}</Text>
        )}
        {progress && (
          <Text size="sm" role="status">
            {t('producerCatalogue.photos.uploading', progress)}
          </Text>
        )}
        {problems.map((problem) => (
          <Alert key={problem} color="red" role="alert">
            {problem}
          </Alert>
        ))}
        {room > 0 ? (
          <Group grow>
            {/* capture opens the camera on a phone; a desktop just opens the file chooser. */}
            <FileButton
              onChange={(file) => file && void add([file])}
              accept="image/*"
              capture="environment"
            >
              {(props) => (
                <Button {...props} loading={Boolean(progress)}>
                  {t('producerCatalogue.photos.camera')}
                </Button>
              )}
            </FileButton>
            <FileButton onChange={(files) => void add(files)} accept="image/*" multiple>
              {(props) => (
                <Button {...props} variant="light" loading={Boolean(progress)}>
                  {t('producerCatalogue.photos.gallery')}
                </Button>
              )}
            </FileButton>
          </Group>
        ) : (
          <Text size="sm">{t('producerCatalogue.photos.full')}</Text>
        )}
      </Stack>
    </Card>
  );
}
