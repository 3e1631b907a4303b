import { Card, FileInput, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '@web/ui/FormError';
import { ImportProgress } from './ImportProgress';
import { uploadVisitorList, useImport, visitorsKey } from './visitors-api';

const ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Upload a visitor list; its import runs on the server and is watched here to the end. */
export function ImportPanel({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [importId, setImportId] = useState<string>();
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<unknown>();
  const job = useImport(importId);
  const finished = job.data?.status === 'completed' || job.data?.status === 'failed';

  useEffect(() => {
    if (finished) void client.invalidateQueries({ queryKey: visitorsKey(bodyId) });
  }, [finished, bodyId, client]);

  const upload = async (chosen: File | null) => {
    setFile(chosen);
    if (!chosen) return;
    setError(undefined);
    setImportId(undefined);
    setUploading(true);
    try {
      setImportId((await uploadVisitorList(bodyId, chosen)).id);
    } catch (caught) {
      setError(caught);
    } finally {
      setUploading(false);
    }
  };

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('outreach.import.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('outreach.import.explain')}
        </Text>
        <FileInput
          label={t('outreach.import.pick')}
          placeholder={t('outreach.import.drop')}
          // The default placeholder grey is too faint on white (axe colour contrast).
          styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
          accept={ACCEPT}
          value={file}
          onChange={(chosen) => void upload(chosen)}
          disabled={uploading || (Boolean(importId) && !finished)}
          maw={480}
        />
        {uploading && file && (
          <Text size="sm" role="status">
            {t('outreach.import.uploading', { name: file.name })}
          </Text>
        )}
        <FormError error={error} />
        {job.data && <ImportProgress job={job.data} />}
      </Stack>
    </Card>
  );
}
