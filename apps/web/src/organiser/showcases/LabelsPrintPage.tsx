import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyNote } from '@web/ui/EmptyNote';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import { useShowcase } from './showcases-api';
import classes from './labels-print.module.css';

const sheetUrl = (fairId: string, showcaseId: string, page: number) =>
  `/api/v1/fairs/${fairId}/showcases/${showcaseId}/labels.svg?page=${page}`;

/**
 * The showcase's label sheets, one A4 page each, as the browser prints them: the screen's
 * chrome is hidden in print and each sheet takes a page at true size (the SVGs are in mm).
 */
export default function LabelsPrintPage({
  fairId,
  showcaseId,
}: {
  fairId: string;
  showcaseId: string;
}) {
  const { t, i18n } = useTranslation();
  const showcase = useShowcase(fairId, showcaseId);
  const pages = useQuery({
    queryKey: ['organiser', 'fair', fairId, 'showcases', showcaseId, 'label-pages'],
    queryFn: async () => {
      const response = await fetch(sheetUrl(fairId, showcaseId, 1), { credentials: 'same-origin' });
      return response.ok ? Number(response.headers.get('X-Label-Pages') ?? '1') : 0;
    },
  });
  if (showcase.isPending || pages.isPending) return <Loading />;
  const name = (i18n.language === 'en' && showcase.data?.titleEn) || showcase.data?.titleVi || '';
  const count = pages.data ?? 0;
  return (
    <Stack>
      <div className={classes.chrome}>
        <PageTitle>{t('showcases.labels.title', { showcase: name })}</PageTitle>
        <Text size="sm" mb="sm">
          {t('showcases.labels.explain')}
        </Text>
        <Group>
          {count > 0 && (
            <Button onClick={() => window.print()}>{t('showcases.labels.print')}</Button>
          )}
          <Anchor component={Link} to={`/fairs/${fairId}/showcases`}>
            {t('showcases.labels.back')}
          </Anchor>
        </Group>
      </div>
      {count === 0 ? (
        <EmptyNote>{t('showcases.labels.none')}</EmptyNote>
      ) : (
        Array.from({ length: count }, (_, i) => (
          <img
            key={i}
            className={classes.sheet}
            src={sheetUrl(fairId, showcaseId, i + 1)}
            alt={t('showcases.labels.page', { page: i + 1, pages: count })}
          />
        ))
      )}
    </Stack>
  );
}
