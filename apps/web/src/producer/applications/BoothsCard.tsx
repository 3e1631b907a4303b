import { Anchor, Card, Image, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { components } from '@web/api/schema';

type Booths = components['schemas']['ProducerBoothsDto'];

/** The booths given to the application, marked on the fair's plan. */
export function BoothsCard({ applicationId, booths }: { applicationId: string; booths?: Booths }) {
  const { t } = useTranslation();
  const codes = booths?.booths ?? [];
  const plan = `/api/v1/applications/${applicationId}/booths/plan.svg`;
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
          {/* Opened on its own, the plan can be zoomed with the fingers. */}
          <Anchor href={plan} target="_blank" rel="noreferrer" size="sm" mt="sm">
            <Image
              src={plan}
              // Below the first screen: fetched as it scrolls near, not during the page's load.
              loading="lazy"
              alt={t('producerApplications.booths.planAlt', { codes: codes.join(', ') })}
              fit="contain"
              style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
            />
            {t('producerApplications.booths.openPlan')}
          </Anchor>
        </>
      )}
    </Card>
  );
}
