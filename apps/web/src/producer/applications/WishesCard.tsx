import { Card, List, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nameIn, textOf } from './name-in';
import type { Application, ApplicationForm } from './applications-api';

/** What the application asks for, in the fair's names rather than codes. */
export function WishesCard({
  app,
  form,
  nearNames,
}: {
  app: Application;
  form: ApplicationForm | undefined;
  nearNames: Map<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const typeName = (code: string) => {
    const type = form?.boothTypes.find((x) => x.code === code);
    return type ? nameIn(type, i18n.language) : code;
  };
  const zoneName = (code: string) => {
    const zone = form?.zones.find((x) => x.code === code);
    return zone ? nameIn(zone, i18n.language) : code;
  };
  const programme = form?.supportProgrammes.find((p) => p.id === textOf(app.supportProgrammeId));
  const needs = [
    app.needs.power ? t('producerApplications.form.power') : null,
    app.needs.water ? t('producerApplications.form.water') : null,
    textOf(app.needs.note),
  ].filter(Boolean);
  const lines = [
    t('producerApplications.page.boothsLine', {
      count: app.boothsWanted,
      types: app.boothTypes.map(typeName).join(', '),
    }),
    app.zones.length
      ? t('producerApplications.page.zonesLine', { zones: app.zones.map(zoneName).join(', ') })
      : t('producerApplications.page.anyZone'),
    app.wantsCorner ? t('producerApplications.page.cornerLine') : null,
    app.nearProducerIds.length
      ? t('producerApplications.page.nearLine', {
          names: app.nearProducerIds.map((id) => nearNames.get(id) ?? '…').join(', '),
        })
      : null,
    app.productIds.length
      ? t('producerApplications.page.productsLine', { count: app.productIds.length })
      : null,
    needs.length ? t('producerApplications.page.needsLine', { needs: needs.join('; ') }) : null,
    programme
      ? t('producerApplications.page.programmeLine', {
          name: nameIn(programme, i18n.language),
        })
      : null,
  ].filter((line): line is string => Boolean(line));
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('producerApplications.page.wishes')}
      </Title>
      <List spacing={4} size="sm">
        {lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </Card>
  );
}
