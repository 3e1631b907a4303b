import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isApiError } from '@web/api/api-error';

type Kind = 'wrongRole' | 'notFound' | 'failed';

/** A screen that could not be shown, saying why in words and what to do next. */
export function ErrorState({ error, kind }: { error?: unknown; kind?: Kind }) {
  const { t } = useTranslation();
  const resolved: Kind =
    kind ?? (isApiError(error) && error.status === 404 ? 'notFound' : 'failed');
  const detail = resolved === 'failed' && error instanceof Error ? error.message : undefined;
  return (
    <Stack maw={480} mx="auto" my="xl">
      <Alert
        color={resolved === 'failed' ? 'red' : 'yellow'}
        title={t(`errors.${resolved}.title`)}
        // The light yellow's own title colour is below AA contrast; the text colour is not.
        styles={{ title: { color: 'var(--mantine-color-text)' } }}
      >
        {detail ?? t(`errors.${resolved}.body`)}
      </Alert>
      <Button component={Link} to="/" variant="light">
        {t('errors.home')}
      </Button>
    </Stack>
  );
}
