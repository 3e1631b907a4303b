import { Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@web/format/format';
import { EmptyNote } from '@web/ui/EmptyNote';
import { ErrorState } from '@web/ui/ErrorState';
import { FormError } from '@web/ui/FormError';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import { useBodyId } from '../body/body-context';
import { Pager } from '../visitors/Pager';
import { LOG_PAGE_SIZE, MESSAGE_STATUSES, type MessageStatus, useMessages } from './delivery-api';
import { MessageStatusBadge } from './MessageStatusBadge';
import { ResendButton } from './ResendButton';

/** Every mail of the body: its status and the mail server's answer; failed ones re-sent. */
export default function DeliveryLogPage() {
  const { t } = useTranslation();
  const bodyId = useBodyId();
  const [recipient, setRecipient] = useState('');
  const [status, setStatus] = useState<MessageStatus | null>(null);
  const [page, setPage] = useState(1);
  const [error, setError] = useState<unknown>();
  const [search] = useDebouncedValue(recipient.trim(), 300);
  const query = {
    page,
    pageSize: LOG_PAGE_SIZE,
    ...(search ? { recipient: search } : {}),
    ...(status ? { status } : {}),
  };
  const messages = useMessages(bodyId, query);
  const filtered = Boolean(search || status);
  return (
    <Stack>
      <PageTitle>{t('outreach.log.title')}</PageTitle>
      <Group align="end">
        <TextInput
          label={t('outreach.log.recipient')}
          type="search"
          value={recipient}
          onChange={(e) => {
            setRecipient(e.currentTarget.value);
            setPage(1);
          }}
          w={340}
        />
        <Select
          label={t('outreach.log.status')}
          placeholder={t('outreach.log.any')}
          data={MESSAGE_STATUSES.map((s) => ({ value: s, label: t(`outreach.log.statuses.${s}`) }))}
          value={status}
          onChange={(value) => {
            setStatus(value as MessageStatus | null);
            setPage(1);
          }}
          clearable
          w={200}
        />
      </Group>
      <FormError error={error} />
      {messages.isPending ? (
        <Loading />
      ) : messages.isError ? (
        <ErrorState error={messages.error} />
      ) : messages.data.total === 0 ? (
        <EmptyNote>{filtered ? t('outreach.log.noMatch') : t('outreach.log.none')}</EmptyNote>
      ) : (
        <>
          <Text size="sm" role="status">
            {t('outreach.log.count', { count: messages.data.total })}
          </Text>
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('outreach.log.to')}</Table.Th>
                  <Table.Th>{t('outreach.log.kind')}</Table.Th>
                  <Table.Th>{t('outreach.log.status')}</Table.Th>
                  <Table.Th>{t('outreach.log.answer')}</Table.Th>
                  <Table.Th>{t('outreach.log.attempts')}</Table.Th>
                  <Table.Th>{t('outreach.log.when')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {messages.data.items.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>
                      <Text size="sm">{m.recipient}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" ff="monospace">
                        {m.template}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <MessageStatusBadge status={m.status} />
                    </Table.Td>
                    <Table.Td maw={360}>
                      <Text size="xs" style={{ wordBreak: 'break-word' }}>
                        {(m.smtpResponse as string | null) ?? (m.lastError as string | null) ?? '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>{m.attempts}</Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {formatDateTime((m.sentAt as string | null) ?? m.createdAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {m.status === 'failed' && <ResendButton message={m} onError={setError} />}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager
            total={messages.data.total}
            pageSize={LOG_PAGE_SIZE}
            page={page}
            onChange={setPage}
          />
        </>
      )}
    </Stack>
  );
}
