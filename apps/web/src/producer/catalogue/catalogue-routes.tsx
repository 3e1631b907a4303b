import { lazy, type ReactElement } from 'react';
import { Route } from 'wouter';

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
