import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { EmptyNote } from '@web/ui/EmptyNote';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import { useProducerId } from '../catalogue/use-producer-id';
import { DocumentCard } from './DocumentCard';
import { DocumentUploadForm } from './DocumentUploadForm';
import { DOCUMENT_KINDS, type DocumentKind, useDocuments } from './documents-api';

/** The producer's documents with their check and validity, and the upload form (390 px first). */
export default function DocumentsPage() {
  const { t } = useTranslation();
  const producerId = useProducerId();
  const documents = useDocuments(producerId);
  const asked = new URLSearchParams(useSearch()).get('kind');
  const initialKind = (DOCUMENT_KINDS as string[]).includes(asked ?? '')
    ? (asked as DocumentKind)
    : 'business_registration';
  return (
    <Stack>
      <PageTitle>{t('producerDocuments.title')}</PageTitle>
      <Text size="sm">{t('producerDocuments.intro')}</Text>
      <DocumentUploadForm producerId={producerId} initialKind={initialKind} />
      {documents.isPending ? (
        <Loading />
      ) : documents.isError ? (
        <ErrorState error={documents.error} />
      ) : documents.data.length === 0 ? (
        <EmptyNote>{t('producerDocuments.empty')}</EmptyNote>
      ) : (
        documents.data.map((doc) => <DocumentCard key={doc.id} doc={doc} />)
      )}
    </Stack>
  );
}
