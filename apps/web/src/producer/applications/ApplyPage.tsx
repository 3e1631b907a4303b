import { Alert, Button, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDateTime } from '@web/format/format';
import { useMe } from '@web/session/session';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import { MissingDocuments } from './MissingDocuments';
import { nameIn, textOf } from './name-in';
import { emptyValues, valuesOf } from './application-values';
import { useApplicationForm, useMyApplications } from './applications-api';

// The form's inputs are most of this screen's code, needed only while the fair takes
// applications and the producer's is a draft (preload.ts fetches it beside this page).
const ApplicationFormView = lazy(() => import('./ApplicationFormView'));

/** Step 5: apply to a fair, or go on with the draft already started for it. */
export default function ApplyPage({ fairId }: { fairId: string }) {
  const { t, i18n } = useTranslation();
  const me = useMe().data;
  const form = useApplicationForm(fairId);
  const mine = useMyApplications();
  // The window is judged when the screen opens; the API judges it again on saving.
  const [now] = useState(() => Date.now());
  if (form.isPending || mine.isPending) return <Loading />;
  if (form.isError) return <ErrorState error={form.error} />;
  if (mine.isError) return <ErrorState error={mine.error} />;
  const fair = form.data;
  const live = mine.data.find((a) => a.fairId === fairId && a.status !== 'withdrawn');
  const name = nameIn(fair, i18n.language);
  const accepting =
    new Date(fair.applicationsOpenAt).getTime() <= now &&
    now <= new Date(fair.applicationsCloseAt).getTime();
  return (
    <Stack maw={720}>
      <PageTitle>
        {live ? t('producerApplications.form.editTitle') : t('producerApplications.form.title')}
      </PageTitle>
      <Text fw={600}>{t('producerApplications.form.fairLabel', { name })}</Text>
      <Text size="sm">
        {t('producerApplications.form.deadline', {
          when: formatDateTime(fair.applicationsCloseAt),
        })}
      </Text>
      {!accepting ? (
        <Alert color="gray">{t('producerApplications.form.closed')}</Alert>
      ) : live && live.status !== 'draft' ? (
        <>
          <Alert color="yellow">{t('producerApplications.form.notEditable')}</Alert>
          <Button component={Link} to={`/applications/${live.id}`} variant="default">
            {t('producerApplications.offer.application')}
          </Button>
        </>
      ) : (
        <Suspense fallback={<Loading />}>
          <MissingDocuments form={fair} />
          <ApplicationFormView
            key={live?.id ?? 'new'}
            form={fair}
            producerId={textOf(me?.producerId)}
            initial={live ? valuesOf(live) : emptyValues()}
            draft={live}
          />
        </Suspense>
      )}
    </Stack>
  );
}
