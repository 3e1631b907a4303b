import { Alert, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { useBodyId } from '../body/body-context';
import { FairHeader } from '../fairs/FairHeader';
import { useFair } from '../fairs/fairs-api';

const FAIR_EXPORTS = [
  'applications',
  'decisions-fees',
  'booth-assignments',
  'check-ins',
  'inquiry-counts',
] as const;
type ExportName = (typeof FAIR_EXPORTS)[number] | 'visitors';

/**
 * One download per export, each as CSV or XLSX: the file is streamed by the API straight into
 * the browser's downloads (a plain link carrying the session cookie), in the language on screen.
 */
export default function ExportsPage({ fairId }: { fairId: string }) {
  const { t } = useTranslation();
  const bodyId = useBodyId();
  const fair = useFair(fairId);
  if (fair.isPending) return <Loading />;
  if (fair.isError) return <ErrorState error={fair.error} />;
  return (
    <Stack>
      <FairHeader fair={fair.data} tab="exports" />
      <Text size="sm" maw={900}>
        {t('showcases.exports.explain')}
      </Text>
      <ExportList
        title={t('showcases.exports.fair')}
        rows={FAIR_EXPORTS.map((name) => ({
          name,
          path: `/api/v1/fairs/${fairId}/exports/${name}`,
        }))}
      />
      <Alert color="gray" maw={900}>
        {t('showcases.exports.payments')}
      </Alert>
      <DossierCard fairId={fairId} />
      <ExportList
        title={t('showcases.exports.body')}
        rows={[{ name: 'visitors', path: `/api/v1/organising-bodies/${bodyId}/exports/visitors` }]}
      />
    </Stack>
  );
}

function ExportList({
  title,
  rows,
}: {
  title: string;
  rows: { name: ExportName; path: string }[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <Table>
        <Table.Tbody>
          {rows.map(({ name, path }) => (
            <Table.Tr key={name}>
              <Table.Td>
                <Text fw={600}>{t(`showcases.exports.name.${name}`)}</Text>
                <Text size="sm" c="dimmed">
                  {t(`showcases.exports.about.${name}`)}
                </Text>
              </Table.Td>
              <Table.Td w={220}>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  {(['csv', 'xlsx'] as const).map((format) => (
                    <Button
                      key={format}
                      component="a"
                      href={`${path}?format=${format}&lang=${lang}`}
                      download
                      variant={format === 'csv' ? 'light' : 'default'}
                      aria-label={t('showcases.exports.download', {
                        name: t(`showcases.exports.name.${name}`),
                        format: t(`showcases.exports.${format}`),
                      })}
                    >
                      {t(`showcases.exports.${format}`)}
                    </Button>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** The support-programme dossier the industrial-promotion centre files: always in Vietnamese. */
function DossierCard({ fairId }: { fairId: string }) {
  const { t } = useTranslation();
  const path = `/api/v1/fairs/${fairId}/exports/support-dossier`;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('showcases.exports.dossier.title')}
      </Title>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm" c="dimmed" maw={640}>
          {t('showcases.exports.dossier.about')}
        </Text>
        <Group gap="xs" wrap="nowrap">
          {(['pdf', 'xlsx'] as const).map((format) => (
            <Button
              key={format}
              component="a"
              href={`${path}?format=${format}`}
              download
              variant={format === 'pdf' ? 'light' : 'default'}
              aria-label={t('showcases.exports.download', {
                name: t('showcases.exports.dossier.title'),
                format: format.toUpperCase(),
              })}
            >
              {format.toUpperCase()}
            </Button>
          ))}
        </Group>
      </Group>
    </Card>
  );
}
