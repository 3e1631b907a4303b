import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelCodeOf } from './label-code';
import { useCameraScan } from './use-camera-scan';

/**
 * Reads a sample's label: the camera's picture, decoded as it comes, or the code typed by hand.
 * `find` answers whether the fair has that sample (and opens it); otherwise the modal says so.
 */
export function ScanModal({
  onClose,
  find,
}: {
  onClose: () => void;
  find: (code: string) => boolean;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t('showcases.scanner.title')} size="lg">
      <ScanBody find={find} />
    </Modal>
  );
}

function ScanBody({ find }: { find: (code: string) => boolean }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string>();
  const look = useCallback(
    (text: string) => {
      const code = labelCodeOf(text);
      if (!code) return setProblem(t('showcases.scanner.notLabel'));
      if (!find(code)) setProblem(t('showcases.scanner.notFound', { code }));
    },
    [find, t],
  );
  const { video, state: camera } = useCameraScan(look);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    look(typed);
  };
  return (
    <Stack>
      <Text size="sm">{t('showcases.scanner.explain')}</Text>
      {camera === 'unavailable' ? (
        <Alert color="yellow">{t('showcases.scanner.noCamera')}</Alert>
      ) : (
        <div style={{ position: 'relative', background: '#222', aspectRatio: '4 / 3' }}>
          <video
            ref={video}
            muted
            playsInline
            aria-label={t('showcases.scanner.video')}
            style={{ width: '100%', height: '100%', objectFit: 'contain' }}
          />
          {camera === 'starting' && (
            <Text c="white" pos="absolute" top="45%" w="100%" ta="center">
              {t('showcases.scanner.starting')}
            </Text>
          )}
        </div>
      )}
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <form onSubmit={submit}>
        <Group align="end">
          <TextInput
            label={t('showcases.scanner.code')}
            placeholder={t('showcases.scanner.codeHint')}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button type="submit" variant="light">
            {t('showcases.scanner.find')}
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
