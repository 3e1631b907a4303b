import { lazy, type ReactElement } from 'react';
import { Route } from 'wouter';
import './documents-catalogue';

const DocumentsPage = lazy(() => import('./DocumentsPage'));

/** The producer's documents, relative to /producer (see ProducerArea). */
export const documentsRoutes: ReactElement[] = [
  <Route key="documents" path="/documents" component={DocumentsPage} />,
];
