import { Alert, Button, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@web/api/client';
import { useMe } from '@web/session/session';
import { EmptyNote } from '@web/ui/EmptyNote';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import { useChooseGate } from './gate-setup';

const LIVE = new Set(['open', 'allocating', 'published', 'running']);

function useLiveFairs(bodyId: string | null | undefined) {
  return useQuery({
    queryKey: ['gate', 'fairs', bodyId],
    enabled: Boolean(bodyId),
    queryFn: async () => {
      const answer = await unwrap(
        api.GET('/api/v1/organising-bodies/{bodyId}/fairs', {
          params: { path: { bodyId: bodyId! }, query: { page: 1, pageSize: 100 } },
        }),
      );
      return answer.items.filter((fair) => LIVE.has(fair.status));
    },
  });
}

/** Gate staff choose once which fair and gate this device scans for. */
export function SetupPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const fairs = useLiveFairs(me.data?.organisingBodyId);
  const choose = useChooseGate();
  const [fairId, setFairId] = useState('');
  const [gate, setGate] = useState('');
  const [missing, setMissing] = useState(false);

  if (fairs.isPending) return <Loading />;
  const items = fairs.data ?? [];
  const chosen = fairId || items[0]?.id || '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!gate.trim()) return setMissing(true);
    choose.mutate({ fairId: chosen, gate: gate.trim() });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <PageTitle>{t('gate.setup.title')}</PageTitle>
        <Text>{t('gate.setup.intro')}</Text>
        {items.length === 0 ? (
          <EmptyNote>{t('gate.setup.noFairs')}</EmptyNote>
        ) : (
          <>
            <NativeSelect
              label={t('gate.setup.fair')}
              value={chosen}
              onChange={(event) => setFairId(event.currentTarget.value)}
              data={items.map((fair) => ({
                value: fair.id,
                label: (i18n.language === 'en' && fair.nameEn) || fair.nameVi,
              }))}
            />
            <TextInput
              label={t('gate.setup.gate')}
              description={t('gate.setup.gateHint')}
              value={gate}
              required
              maxLength={40}
              error={missing && !gate.trim() ? t('gate.setup.required') : undefined}
              onChange={(event) => setGate(event.currentTarget.value)}
            />
            {choose.isError && <Alert color="red">{t('gate.setup.loadFailed')}</Alert>}
            <Button type="submit" size="lg" loading={choose.isPending}>
              {t('gate.setup.start')}
            </Button>
          </>
        )}
      </Stack>
    </form>
  );
}
