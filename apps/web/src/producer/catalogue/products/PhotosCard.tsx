import {
  Alert,
  Button,
  Card,
  FileButton,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@web/api/client';
import { isApiError } from '@web/api/api-error';
import { localiseFieldErrors } from '../api-errors';
import { confirmDanger } from '../confirm-danger';
import { type Product, productKey, productsKey, uploadPhoto } from './products-api';
import { PhotoTile } from './PhotoTile';
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

  const [moved, setMoved] = useState<string>();
  const moving = useRef(false);
  // The button to focus once the new order is on screen (after the commit that shows it).
  const pendingFocus = useRef<string>(undefined);
  const focusPending = () => {
    const target =
      pendingFocus.current && document.querySelector<HTMLButtonElement>(pendingFocus.current);
    if (target && !target.disabled) {
      target.focus();
      pendingFocus.current = undefined;
    }
  };
  useEffect(focusPending);
  /** One photo a place earlier or later; the keyboard's focus stays on the button pressed. */
  const move = async (index: number, by: -1 | 1) => {
    if (moving.current) return;
    moving.current = true;
    const photoIds = product.photos.map((photo) => photo.id);
    const [id] = photoIds.splice(index, 1);
    photoIds.splice(index + by, 0, id);
    setProblems([]);
    try {
      await unwrap(
        api.PATCH('/api/v1/producers/{producerId}/products/{productId}/photos', {
          params: { path: { producerId: product.producerId, productId: product.id } },
          body: { photoIds },
        }),
      );
      await refresh();
      setMoved(t('producerCatalogue.photos.moved', { n: index + by + 1 }));
      // At an end the pressed button turns off, so the focus goes to the photo's other one.
      const to = index + by;
      const atEnd = to === 0 || to === photoIds.length - 1;
      pendingFocus.current = `[data-move="${id}:${atEnd ? -by : by}"]`;
      requestAnimationFrame(focusPending);
    } catch (error) {
      setProblems([t('producerCatalogue.photos.moveFailed', { reason: reason(error) })]);
      await refresh();
    } finally {
      moving.current = false;
    }
  };

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('producerCatalogue.photos.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('producerCatalogue.photos.hint')}
          {product.photos.length > 1 && ` ${t('producerCatalogue.photos.orderHint')}`}
        </Text>
        {product.photos.length ? (
          <SimpleGrid
            cols={3}
            spacing="xs"
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {product.photos.map((photo, i) => (
              <PhotoTile
                key={photo.id}
                photo={photo}
                n={i + 1}
                count={product.photos.length}
                productName={product.nameVi}
                onRemove={() => remove(photo.id, i + 1)}
                onMove={(by) => void move(i, by)}
              />
            ))}
          </SimpleGrid>
        ) : (
          <Text size="sm">{t('producerCatalogue.photos.empty')}</Text>
        )}
        <Text size="sm" role="status">
          {progress ? t('producerCatalogue.photos.uploading', progress) : moved}
        </Text>
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
