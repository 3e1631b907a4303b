import { Button, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { api, unwrap } from '@web/api/client';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import { confirmDanger } from '../confirm-danger';
import { useProducerId } from '../use-producer-id';
import { PhotosCard } from './PhotosCard';
import { ProductForm } from './ProductForm';
import { EMPTY_PRODUCT, productInput, productValues } from './product-form';
import { as } from '../schema-fix';
import { type Product, productBody, productKey, productsKey, useProduct } from './products-api';

/** A new product: its facts first; photos are added on its own page right after. */
export function NewProductPage() {
  const { t } = useTranslation();
  const producerId = useProducerId();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  return (
    <Stack>
      <PageTitle>{t('producerCatalogue.product.newTitle')}</PageTitle>
      <ProductForm
        initialValues={EMPTY_PRODUCT}
        submitLabel={t('producerCatalogue.product.submitNew')}
        save={async (values) =>
          as<Product>(
            await unwrap(
              api.POST('/api/v1/producers/{producerId}/products', {
                params: { path: { producerId } },
                body: productBody(productInput(values)),
              }),
            ),
          )
        }
        onSaved={(product) => {
          client.setQueryData(productKey(producerId, product.id), product);
          void client.invalidateQueries({ queryKey: productsKey(producerId), exact: true });
          notifications.show({ color: 'tre', message: t('producerCatalogue.product.created') });
          navigate(`/products/${product.id}`, { replace: true });
        }}
      />
    </Stack>
  );
}

/** One product: its photos, its facts, and deleting it. */
export function EditProductPage({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const producerId = useProducerId();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const product = useProduct(producerId, productId);
  if (product.isPending) return <Loading />;
  if (product.isError) return <ErrorState error={product.error} />;
  const remove = () =>
    confirmDanger(t, {
      title: t('producerCatalogue.product.removeTitle'),
      body: t('producerCatalogue.product.removeBody'),
      confirm: t('producerCatalogue.product.remove'),
      onConfirm: async () => {
        await unwrap(
          api.DELETE('/api/v1/producers/{producerId}/products/{productId}', {
            params: { path: { producerId, productId } },
          }),
        );
        client.removeQueries({ queryKey: productKey(producerId, productId) });
        await client.invalidateQueries({ queryKey: productsKey(producerId), exact: true });
        notifications.show({ message: t('producerCatalogue.product.removed') });
        navigate('/products');
      },
    });
  return (
    <Stack>
      <PageTitle>{product.data.nameVi}</PageTitle>
      <PhotosCard product={product.data} />
      <ProductForm
        key={product.data.updatedAt}
        initialValues={productValues(product.data)}
        submitLabel={t('producerCatalogue.product.submit')}
        save={async (values) =>
          as<Product>(
            await unwrap(
              api.PATCH('/api/v1/producers/{producerId}/products/{productId}', {
                params: { path: { producerId, productId } },
                body: productBody(productInput(values)),
              }),
            ),
          )
        }
        onSaved={(saved) => {
          client.setQueryData(productKey(producerId, productId), saved);
          void client.invalidateQueries({ queryKey: productsKey(producerId), exact: true });
          notifications.show({ color: 'tre', message: t('producerCatalogue.product.saved') });
        }}
      />
      <Button variant="subtle" color="red" onClick={remove}>
        {t('producerCatalogue.product.remove')}
      </Button>
      <Button component={Link} to="/products" variant="default">
        {t('common.back')}
      </Button>
    </Stack>
  );
}
