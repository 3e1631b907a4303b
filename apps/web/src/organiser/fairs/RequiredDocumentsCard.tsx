import { Button, Card, Checkbox, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@web/api/client';
import type { components } from '@web/api/schema';
import { FormError } from '@web/ui/FormError';
import { notifyDone } from '../notify';

type Fair = components['schemas']['FairDto'];
type Kind = Fair['requiredDocumentKinds'][number];

const KINDS: Kind[] = [
  'business_registration',
  'ocop_certificate',
  'craft_village_recognition',
  'food_safety',
];

/** The document kinds an applicant must hold, valid on the first day, before submitting. */
export function RequiredDocumentsCard({ fair, disabled }: { fair: Fair; disabled: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [kinds, setKinds] = useState<string[]>(fair.requiredDocumentKinds);
  const [error, setError] = useState<unknown>();
  const [pending, setPending] = useState(false);
  const save = async () => {
    setPending(true);
    setError(undefined);
    try {
      const saved = await unwrap(
        api.PATCH('/api/v1/fairs/{fairId}', {
          params: { path: { fairId: fair.id } },
          body: { requiredDocumentKinds: kinds as Kind[] },
        }),
      );
      client.setQueryData(['organiser', 'fair', fair.id], saved);
      notifyDone(t('organiser.requiredDocuments.saved'));
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('organiser.requiredDocuments.title')}
        </Title>
        <Text size="sm">{t('organiser.requiredDocuments.explain')}</Text>
        <FormError error={error} />
        <Checkbox.Group value={kinds} onChange={setKinds}>
          <Stack gap="xs">
            {KINDS.map((kind) => (
              <Checkbox
                key={kind}
                value={kind}
                disabled={disabled}
                label={t(`organiser.requiredDocuments.kinds.${kind}`)}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Button onClick={() => void save()} loading={pending} disabled={disabled}>
          {t('organiser.requiredDocuments.save')}
        </Button>
      </Stack>
    </Card>
  );
}
