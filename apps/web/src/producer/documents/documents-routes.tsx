import { lazy, type ReactElement } from 'react';
import { Route } from 'wouter';
import { addAreaCatalogue } from '@web/i18n/i18n';
import { producerDocuments } from '@web/i18n/vi/producer-documents';

// This area's strings travel in its chunk (see addAreaCatalogue).
declare module '@web/i18n/i18n' {
  interface AreaCatalogues {
    producerDocuments: typeof producerDocuments;
  }
}
addAreaCatalogue({ producerDocuments }, async () => ({
  producerDocuments: (await import('@web/i18n/en/producer-documents')).producerDocuments,
}));

const DocumentsPage = lazy(() => import('./DocumentsPage'));

/** The producer's documents, relative to /producer (see ProducerArea). */
export const documentsRoutes: ReactElement[] = [
  <Route key="documents" path="/documents" component={DocumentsPage} />,
];
