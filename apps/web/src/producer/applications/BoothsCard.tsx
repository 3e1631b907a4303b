import { Card, Image, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { components } from '@web/api/schema';

type Booths = components['schemas']['ProducerBoothsDto'];

/** The booths given to the application, marked on the fair's plan. */
export function BoothsCard({ applicationId, booths }: { applicationId: string; booths?: Booths }) {
  const { t } = useTranslation();
  const codes = booths?.booths ?? [];
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('producerApplications.booths.title')}
      </Title>
      {codes.length === 0 ? (
        <Text size="sm">{t('producerApplications.booths.none')}</Text>
      ) : (
        <>
          <Text fw={700}>
            {t('producerApplications.booths.codes', { codes: codes.join(', ') })}
          </Text>
          {booths?.zone && (
            <Text size="sm">{t('producerApplications.booths.zone', { zone: booths.zone })}</Text>
          )}
          <Image
            mt="sm"
            src={`/api/v1/applications/${applicationId}/booths/plan.svg`}
            alt={t('producerApplications.booths.planAlt', { codes: codes.join(', ') })}
            fit="contain"
            style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
          />
        </>
      )}
    </Card>
  );
}
