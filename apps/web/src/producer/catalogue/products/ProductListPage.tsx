import { Badge, Button, Card, Group, Image, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyNote } from '@web/ui/EmptyNote';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import { useProducerId } from '../use-producer-id';
import { ocopText, priceText } from './product-facts';
import { type Product, useProducts } from './products-api';

const THUMB = 72;

function ProductRow({ product }: { product: Product }) {
  const { t } = useTranslation();
  const photo = product.photos[0];
  const price = priceText(product, t);
  const ocop = ocopText(product, t);
  return (
    <Card component={Link} to={`/products/${product.id}`} withBorder padding="sm">
      <Group wrap="nowrap" align="flex-start">
        {photo ? (
          <Image
            src={photo.url}
            alt={t('producerCatalogue.products.photoOf', { name: product.nameVi })}
            w={THUMB}
            h={THUMB}
            radius="sm"
            fit="cover"
            loading="lazy"
          />
        ) : (
          <ThemeIcon variant="light" color="gray" size={THUMB} radius="sm" aria-hidden>
            <Text size="xs" ta="center" c="dimmed">
              {t('producerCatalogue.products.noPhoto')}
            </Text>
          </ThemeIcon>
        )}
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Text fw={600} truncate>
            {product.nameVi}
          </Text>
          <Text size="sm" c="dimmed" truncate>
            {[product.category, product.materials.join(', ')].filter(Boolean).join(' · ')}
          </Text>
          {(price || product.minOrderQuantity) && (
            <Text size="sm">
              {[
                price,
                product.minOrderQuantity &&
                  t('producerCatalogue.products.minOrder', { count: product.minOrderQuantity }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          )}
          <Group gap={4}>
            {ocop && (
              <Badge color="yellow.4" autoContrast size="sm" style={{ textTransform: 'none' }}>
                {ocop}
              </Badge>
            )}
            <Badge
              variant="light"
              color={product.published ? 'tre' : 'gray'}
              size="sm"
              style={{ textTransform: 'none' }}
            >
              {t(
                product.published
                  ? 'producerCatalogue.products.published'
                  : 'producerCatalogue.products.draft',
              )}
            </Badge>
          </Group>
        </Stack>
      </Group>
    </Card>
  );
}

/** The producer's catalogue: every product with its first photo, newest work one tap away. */
export default function ProductListPage() {
  const { t } = useTranslation();
  const products = useProducts(useProducerId());
  const addButton = (
    <Button component={Link} to="/products/new">
      {t('producerCatalogue.products.add')}
    </Button>
  );
  if (products.isPending) return <Loading />;
  if (products.isError) return <ErrorState error={products.error} />;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('producerCatalogue.products.title')}</PageTitle>
        {products.data.total > 0 && addButton}
      </Group>
      {products.data.total === 0 ? (
        <EmptyNote action={addButton}>{t('producerCatalogue.products.empty')}</EmptyNote>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {products.data.items.map((product) => (
            <li key={product.id}>
              <ProductRow product={product} />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
