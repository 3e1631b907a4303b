import { Card, Grid, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notifyDone } from '../notify';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { fairInput, fairValues } from './fair-form';
import { FairForm } from './FairForm';
import { FairHeader } from './FairHeader';
import { FairLifecycle } from './FairLifecycle';
import { RequiredDocumentsCard } from './RequiredDocumentsCard';
import { updateFair, useFair } from './fairs-api';

const LOCKED = ['closed', 'cancelled'];

/** A fair's page: its details to edit, and where it stands in its life. */
export default function FairPage({ fairId }: { fairId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const fair = useFair(fairId);
  if (fair.isPending) return <Loading />;
  if (fair.isError) return <ErrorState error={fair.error} />;
  const locked = LOCKED.includes(fair.data.status);
  return (
    <Stack>
      <FairHeader fair={fair.data} tab="details" />
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('organiser.fair.details')}
            </Title>
            <FairForm
              // A new form when the saved fair changes, so the fields show what was stored.
              key={fair.data.updatedAt}
              initial={fairValues(fair.data)}
              submitLabel={t('common.save')}
              disabled={locked}
              submit={(values) => updateFair(fairId, fairInput(values))}
              onSaved={(saved) => {
                client.setQueryData(['organiser', 'fair', fairId], saved);
                void client.invalidateQueries({ queryKey: ['organiser', 'fairs'] });
                notifyDone(t('organiser.fair.saved'));
              }}
            />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack>
            <FairLifecycle fair={fair.data} />
            <RequiredDocumentsCard key={fair.data.updatedAt} fair={fair.data} disabled={locked} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
