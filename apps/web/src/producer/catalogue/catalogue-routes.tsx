import { lazy, type ReactElement } from 'react';
import { Route } from 'wouter';
import { addAreaCatalogue } from '@web/i18n/i18n';
import { producerCatalogue } from '@web/i18n/vi/producer-catalogue';

// This area's strings travel in its chunk (see addAreaCatalogue).
declare module '@web/i18n/i18n' {
  interface AreaCatalogues {
    producerCatalogue: typeof producerCatalogue;
  }
}
addAreaCatalogue({ producerCatalogue }, async () => ({
  producerCatalogue: (await import('@web/i18n/en/producer-catalogue')).producerCatalogue,
}));

const ProfilePage = lazy(() => import('./profile/ProfilePage'));
const ProductListPage = lazy(() => import('./products/ProductListPage'));
const NewProductPage = lazy(() =>
  import('./products/ProductPages').then((m) => ({ default: m.NewProductPage })),
);
const EditProductPage = lazy(() =>
  import('./products/ProductPages').then((m) => ({ default: m.EditProductPage })),
);

/** Routes of the producer's profile, members, products, relative to /producer (see ProducerArea). */
export const catalogueRoutes: ReactElement[] = [
  <Route key="profile" path="/profile" component={ProfilePage} />,
  <Route key="products" path="/products" component={ProductListPage} />,
  <Route key="product-new" path="/products/new" component={NewProductPage} />,
  <Route key="product" path="/products/:productId">
    {({ productId }) => <EditProductPage productId={productId} />}
  </Route>,
];
