import { Center, Loader, type CenterProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * What a screen shows while its code or data is on the way. The spinner is a status, named in
 * the user's language: a bare span may not carry a name, and a screen reader would hear nothing.
 */
export function Loading({ h = 200 }: { h?: CenterProps['h'] }) {
  const { t } = useTranslation();
  return (
    <Center h={h}>
      <Loader role="status" aria-label={t('common.loading')} />
    </Center>
  );
}
