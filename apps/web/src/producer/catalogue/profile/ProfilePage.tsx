import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import { useProducerId } from '../use-producer-id';
import { MembersCard } from './MembersCard';
import { useProducer } from './profile-api';
import { ProfileForm } from './ProfileForm';

/** The producer's own profile, and the members who act for it. */
export default function ProfilePage() {
  const { t } = useTranslation();
  const producerId = useProducerId();
  const producer = useProducer(producerId);
  return (
    <Stack>
      <PageTitle>{t('producerCatalogue.profile.title')}</PageTitle>
      {producer.isPending ? (
        <Loading />
      ) : producer.isError ? (
        <ErrorState error={producer.error} />
      ) : (
        <ProfileForm key={producer.data.id} producer={producer.data} />
      )}
      <MembersCard producerId={producerId} />
    </Stack>
  );
}
