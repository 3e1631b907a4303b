import { Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@web/api/client';
import { FormError } from '@web/ui/FormError';
import { notifyDone } from '../notify';
import { useBankAccount, useBanks } from './payments-api';

/** The organising body's receiving account: a NAPAS bank (by BIN), number and holder. */
export function BankAccountCard({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const banks = useBanks();
  const account = useBankAccount(bodyId);
  const client = useQueryClient();
  const [draft, setDraft] = useState<{ bankBin: string; accountNumber: string; holder: string }>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (account.isPending || banks.isPending) return null;
  const value = draft ?? {
    bankBin: account.data?.bankBin ?? '',
    accountNumber: account.data?.accountNumber ?? '',
    holder: account.data?.holder ?? '',
  };
  const set = (key: keyof typeof value) => (v: string | null) =>
    setDraft({ ...value, [key]: v ?? '' });
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.PUT('/api/v1/organising-bodies/{bodyId}/bank-account', {
          params: { path: { bodyId } },
          body: value,
        }),
      );
      setDraft(undefined);
      await client.invalidateQueries({ queryKey: ['organiser', 'body', bodyId, 'bank-account'] });
      notifyDone(t('payments.account.saved'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('payments.account.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {account.data ? t('payments.account.explain') : t('payments.account.none')}
        </Text>
        <Group align="end" grow>
          <Select
            label={t('payments.account.bank')}
            searchable
            data={(banks.data ?? []).map((b) => ({
              value: b.bin,
              label: `${b.shortName} (${b.bin})`,
            }))}
            value={value.bankBin || null}
            onChange={set('bankBin')}
          />
          <TextInput
            label={t('payments.account.number')}
            value={value.accountNumber}
            onChange={(e) => set('accountNumber')(e.currentTarget.value)}
          />
          <TextInput
            label={t('payments.account.holder')}
            value={value.holder}
            onChange={(e) => set('holder')(e.currentTarget.value)}
          />
        </Group>
        <FormError error={error} />
        <Group>
          <Button onClick={save} loading={busy} disabled={!draft}>
            {t('payments.account.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
