import { Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { PageTitle } from '@web/ui/PageTitle';
import { useBodyId } from '../body/body-context';
import { emptyFair, fairInput } from './fair-form';
import { FairForm } from './FairForm';
import { createFair } from './fairs-api';

/** A new fair starts as a draft: producers see it only once it is opened. */
export default function NewFairPage() {
  const { t } = useTranslation();
  const bodyId = useBodyId();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  return (
    <Stack>
      <PageTitle>{t('organiser.fairs.newTitle')}</PageTitle>
      <FairForm
        initial={emptyFair()}
        submitLabel={t('organiser.fairs.createSubmit')}
        submit={(values) => createFair(bodyId, fairInput(values))}
        onSaved={(fair) => {
          void client.invalidateQueries({ queryKey: ['organiser', 'fairs'] });
          navigate(`/fairs/${fair.id}`);
        }}
      />
    </Stack>
  );
}
