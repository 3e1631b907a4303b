import {
  Alert,
  Button,
  FileInput,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@web/api/api-error';
import { FormError } from '@web/ui/FormError';
import { planIssueText } from '../reasons';
import { importPlan, type ImportMode, type PlanChange } from './plan-api';

/**
 * A CSV or JSON plan file: all or nothing. A refused file lists every problem with its line,
 * so the organiser fixes the file once.
 */
export function ImportForm({
  fairId,
  onDone,
}: {
  fairId: string;
  onDone: (c: PlanChange) => void;
}) {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('append');
  const run = useMutation({ mutationFn: () => importPlan(fairId, file!, mode), onSuccess: onDone });
  const lines = isApiError(run.error) ? run.error.fields : [];
  return (
    <Stack
      component="form"
      gap="sm"
      onSubmit={(e) => {
        e.preventDefault();
        run.mutate();
      }}
    >
      <Text size="sm">{t('plan.import.explain')}</Text>
      <FileInput
        label={t('plan.import.file')}
        accept=".csv,.json,text/csv,application/json"
        value={file}
        onChange={(next) => {
          setFile(next);
          run.reset();
        }}
      />
      <div>
        <Text size="sm" fw={500} id="plan-import-mode">
          {t('plan.import.mode')}
        </Text>
        <SegmentedControl
          aria-labelledby="plan-import-mode"
          value={mode}
          onChange={(value) => setMode(value as ImportMode)}
          data={[
            { value: 'append', label: t('plan.import.append') },
            { value: 'replace', label: t('plan.import.replace') },
          ]}
        />
      </div>
      {lines.length > 0 ? (
        <Alert color="red" role="alert" title={t('plan.import.refused', { count: lines.length })}>
          <Table withRowBorders={false} verticalSpacing={2}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plan.import.line')}</Table.Th>
                <Table.Th>{t('plan.import.field')}</Table.Th>
                <Table.Th>{t('plan.import.problem')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((issue, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{issue.line ?? '–'}</Table.Td>
                  <Table.Td>
                    {t(`plan.field.${issue.field}`, { defaultValue: issue.field })}
                  </Table.Td>
                  <Table.Td>{planIssueText(t, i18n.language, issue)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Alert>
      ) : (
        <FormError error={run.error} />
      )}
      <Group justify="flex-end">
        <Button type="submit" disabled={!file} loading={run.isPending}>
          {t('plan.import.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
