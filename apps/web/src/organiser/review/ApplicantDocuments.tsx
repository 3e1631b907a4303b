import { Button, Drawer, Group, Stack, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentCard } from '@web/producer/documents/DocumentCard';
import {
  documentsKey,
  type ProducerDocument,
  reviewDocument,
  useDocuments,
} from '@web/producer/documents/documents-api';
import { EmptyNote } from '@web/ui/EmptyNote';
import { ErrorState } from '@web/ui/ErrorState';
import { FormError } from '@web/ui/FormError';
import { Loading } from '@web/ui/Loading';
import { notifyDone } from '../notify';

/** An applicant's documents beside the review list: open each, mark it checked or refuse it. */
export function ApplicantDocuments({
  producerId,
  producerName,
  onClose,
}: {
  producerId: string | null;
  producerName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const documents = useDocuments(producerId ?? '');
  return (
    <Drawer
      opened={producerId !== null}
      onClose={onClose}
      position="right"
      size="md"
      title={`${t('producerDocuments.title')}: ${producerName}`}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {documents.isPending ? (
        <Loading />
      ) : documents.isError ? (
        <ErrorState error={documents.error} />
      ) : documents.data.length === 0 ? (
        <EmptyNote>{t('desk.documents.none')}</EmptyNote>
      ) : (
        <Stack>
          {documents.data.map((doc) => (
            <DocumentCard key={doc.id} doc={doc}>
              <ReviewActions doc={doc} />
            </DocumentCard>
          ))}
        </Stack>
      )}
    </Drawer>
  );
}

function ReviewActions({ doc }: { doc: ProducerDocument }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [pending, setPending] = useState(false);
  const answer = async (status: 'checked' | 'refused') => {
    setPending(true);
    setError(undefined);
    try {
      await reviewDocument(
        doc.producerId,
        doc.id,
        status === 'refused' ? { status, reason } : { status },
      );
      notifyDone(t('producerDocuments.review.done'));
      setRefusing(false);
      void client.invalidateQueries({ queryKey: documentsKey(doc.producerId) });
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };
  return (
    <Stack gap="xs" mt="xs">
      <FormError error={error} />
      {refusing ? (
        <>
          <Textarea
            label={t('producerDocuments.review.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={2}
            required
          />
          <Group>
            <Button
              color="red.9"
              loading={pending}
              disabled={!reason.trim()}
              onClick={() => void answer('refused')}
            >
              {t('producerDocuments.review.send')}
            </Button>
            <Button variant="default" onClick={() => setRefusing(false)}>
              {t('common.cancel')}
            </Button>
          </Group>
        </>
      ) : (
        <Group>
          {doc.status !== 'checked' && (
            <Button loading={pending} onClick={() => void answer('checked')}>
              {t('producerDocuments.review.check')}
            </Button>
          )}
          {doc.status !== 'refused' && (
            <Button variant="default" onClick={() => setRefusing(true)}>
              {t('producerDocuments.review.refuse')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
