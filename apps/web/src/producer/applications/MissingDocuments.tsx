import { Alert, Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDay } from '@web/format/format';
import type { ApplicationForm } from './applications-api';

/**
 * The documents the fair requires that the producer lacks (none, refused, or expired by the
 * first day), each with a link to upload it: the API refuses the submission until then.
 */
export function MissingDocuments({ form }: { form: ApplicationForm }) {
  const { t, i18n } = useTranslation();
  const missing = form.requiredDocuments.filter((d) => d.missing);
  if (missing.length === 0) return null;
  return (
    <Alert color="orange" title={t('producerApplications.documents.title')}>
      <Text size="sm" mb="xs">
        {t('producerApplications.documents.explain', {
          date: formatDay(form.documentsValidOn),
        })}
      </Text>
      <List size="sm">
        {missing.map((d) => {
          const label = i18n.language === 'en' ? d.labelEn : d.labelVi;
          return (
            <List.Item key={d.kind}>
              <Anchor component={Link} to={`/documents?kind=${d.kind}`}>
                {t('producerApplications.documents.upload', { name: label })}
              </Anchor>
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
