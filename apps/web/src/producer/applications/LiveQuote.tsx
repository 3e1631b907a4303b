import { Card, Loader, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@web/api/client';
import type { ApplicationBody } from './applications-api';
import { QuoteTable } from './QuoteTable';

/** The fee the form's choices would cost if approved now, worked out by the API as they change. */
export function LiveQuote({ fairId, body }: { fairId: string; body: ApplicationBody }) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(body, 400);
  const ready = debounced.boothTypes.length > 0 && debounced.boothsWanted >= 1;
  const quote = useQuery({
    queryKey: ['application-quote', fairId, debounced],
    queryFn: () =>
      unwrap(
        api.POST('/api/v1/fairs/{fairId}/application-quote', {
          params: { path: { fairId } },
          body: debounced,
        }),
      ),
    enabled: ready,
    placeholderData: keepPreviousData,
    retry: false,
  });
  return (
    <Card component="section" withBorder aria-live="polite" aria-labelledby="live-quote-title">
      <Title order={2} size="h4" mb="xs" id="live-quote-title">
        {t('producerApplications.quote.title')}
        {quote.isFetching && <Loader size="xs" ml="xs" aria-hidden />}
      </Title>
      {!ready ? (
        <Text size="sm">{t('producerApplications.quote.waiting')}</Text>
      ) : quote.isError ? (
        <Text size="sm">{t('producerApplications.quote.failed')}</Text>
      ) : quote.data ? (
        <QuoteTable quote={quote.data} />
      ) : null}
      <Text size="xs" c="dimmed" mt="xs">
        {t('producerApplications.quote.hint')}
      </Text>
    </Card>
  );
}
