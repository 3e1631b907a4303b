import { Anchor, Badge, Button, Card, Group, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import { formatDateTime } from '@web/format/format';
import { EmptyNote } from '@web/ui/EmptyNote';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import {
  INQUIRY_STATUSES,
  type Inquiry,
  type InquiryStatus,
  useInquiries,
  useInquiryCounts,
} from './inbox-api';
import { InquiryProduct } from './InquiryProduct';

const PAGE = 20;

/** Buyers' inquiries in three tabs (new, replied, closed), newest first, with their counts. */
export default function InquiriesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('status') as InquiryStatus | null;
  const status = asked && INQUIRY_STATUSES.includes(asked) ? asked : 'new';
  const counts = useInquiryCounts().data;
  return (
    <Stack maw={720}>
      <PageTitle>{t('producerInbox.inquiries.title')}</PageTitle>
      <Tabs
        value={status}
        onChange={(value) => value && setParams({ status: value }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List grow aria-label={t('producerInbox.inquiries.tabs')}>
          {INQUIRY_STATUSES.map((s) => (
            <Tabs.Tab
              key={s}
              value={s}
              px="xs"
              rightSection={
                counts ? (
                  <Badge size="sm" variant={s === 'new' ? 'filled' : 'light'} color="gray">
                    {counts[s]}
                  </Badge>
                ) : null
              }
            >
              {t(`producerInbox.inquiries.status.${s}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {INQUIRY_STATUSES.map((s) => (
          <Tabs.Panel key={s} value={s} pt="md">
            <InquiryList status={s} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

function InquiryList({ status }: { status: InquiryStatus }) {
  const { t } = useTranslation();
  const [pageSize, setPageSize] = useState(PAGE);
  const inquiries = useInquiries(status, pageSize);
  if (inquiries.isPending) return <Loading />;
  if (inquiries.isError) return <ErrorState error={inquiries.error} />;
  if (inquiries.data.items.length === 0)
    return <EmptyNote>{t(`producerInbox.inquiries.empty.${status}`)}</EmptyNote>;
  return (
    <Stack gap="sm">
      {inquiries.data.items.map((inquiry) => (
        <InquiryCard key={inquiry.id} inquiry={inquiry} />
      ))}
      {inquiries.data.total > inquiries.data.items.length && pageSize < 100 && (
        <Button variant="light" onClick={() => setPageSize(Math.min(100, pageSize + PAGE))}>
          {t('producerInbox.inquiries.more')}
        </Button>
      )}
    </Stack>
  );
}

function InquiryCard({ inquiry }: { inquiry: Inquiry }) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="article">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={0} miw={0}>
            <Anchor
              component={Link}
              to={`/inquiries/${inquiry.id}`}
              fw={650}
              aria-label={t('producerInbox.inquiries.open', { name: inquiry.buyerName })}
            >
              {inquiry.buyerName}
            </Anchor>
            {inquiry.company && (
              <Text size="sm" c="dimmed">
                {inquiry.company}
              </Text>
            )}
          </Stack>
          <Text size="xs" c="dimmed" ta="right" style={{ flexShrink: 0 }}>
            {formatDateTime(inquiry.createdAt)}
          </Text>
        </Group>
        <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-line' }}>
          {inquiry.message}
        </Text>
        {inquiry.quantity !== null && (
          <Text size="sm" c="dimmed">
            {t('producerInbox.inquiries.quantity', { quantity: inquiry.quantity })}
          </Text>
        )}
        <InquiryProduct inquiry={inquiry} />
      </Stack>
    </Card>
  );
}
