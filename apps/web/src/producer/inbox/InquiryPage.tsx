import { Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDateTime } from '@web/format/format';
import { ErrorState } from '@web/ui/ErrorState';
import { FormError } from '@web/ui/FormError';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import {
  type Inquiry,
  type InquiryStatus,
  productName,
  useInquiry,
  useSetInquiryStatus,
} from './inbox-api';
import { InquiryProduct } from './InquiryProduct';
import { InquiryStatusBadge } from './InquiryStatusBadge';

/** One inquiry: who asked, what, about which product; answered by email, then marked. */
export default function InquiryPage({ inquiryId }: { inquiryId: string }) {
  const { t } = useTranslation();
  const inquiry = useInquiry(inquiryId);
  if (inquiry.isPending) return <Loading />;
  if (inquiry.isError) return <ErrorState error={inquiry.error} />;
  const i = inquiry.data;
  return (
    <Stack maw={720}>
      <Anchor component={Link} to="/inquiries" size="sm">
        ← {t('producerInbox.inquiry.back')}
      </Anchor>
      <PageTitle>{t('producerInbox.inquiries.from', { name: i.buyerName })}</PageTitle>
      <Group gap="xs">
        <InquiryStatusBadge status={i.status} />
        <Text size="sm" c="dimmed">
          {t('producerInbox.inquiries.received', { when: formatDateTime(i.createdAt) })}
        </Text>
      </Group>
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('producerInbox.inquiry.message')}
        </Title>
        <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{i.message}</Text>
      </Card>
      <Actions inquiry={i} />
      <Buyer inquiry={i} />
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('producerInbox.inquiries.product')}
        </Title>
        <InquiryProduct inquiry={i} />
      </Card>
    </Stack>
  );
}

function Buyer({ inquiry }: { inquiry: Inquiry }) {
  const { t, i18n } = useTranslation();
  const country =
    new Intl.DisplayNames([i18n.language], { type: 'region' }).of(inquiry.country) ??
    inquiry.country;
  const rows: [string, string][] = [
    [t('producerInbox.inquiry.buyer'), inquiry.buyerName],
    ...(inquiry.company
      ? [[t('producerInbox.inquiry.company'), inquiry.company] as [string, string]]
      : []),
    [t('producerInbox.inquiry.country'), country],
    [t('producerInbox.inquiry.language'), t(`producerInbox.inquiry.languages.${inquiry.locale}`)],
    [t('producerInbox.inquiry.email'), inquiry.email],
    ...(inquiry.quantity !== null
      ? [[t('producerInbox.inquiry.quantity'), String(inquiry.quantity)] as [string, string]]
      : []),
  ];
  return (
    <Card withBorder>
      <Table variant="vertical" layout="fixed" withRowBorders={false}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={120}>{label}</Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** The next states an inquiry can be put in, from where it is. */
const NEXT: Record<InquiryStatus, InquiryStatus[]> = {
  new: ['replied', 'closed'],
  replied: ['closed', 'new'],
  closed: ['new'],
};

function Actions({ inquiry }: { inquiry: Inquiry }) {
  const { t, i18n } = useTranslation();
  const change = useSetInquiryStatus(inquiry.id);
  // One request however often the button is pressed (a double tap arrives before a re-render).
  const busy = useRef(false);
  const subject = t('producerInbox.inquiry.replySubject', {
    product: productName(inquiry.product, i18n.language),
  });
  const mailto = `mailto:${encodeURIComponent(inquiry.email)}?subject=${encodeURIComponent(subject)}`;
  const label: Record<InquiryStatus, string> = {
    replied: t('producerInbox.inquiry.markReplied'),
    closed: t('producerInbox.inquiry.close'),
    new: t('producerInbox.inquiry.reopen'),
  };
  const move = (status: InquiryStatus) => {
    if (busy.current) return;
    busy.current = true;
    change.mutate(status, {
      onSettled: () => {
        busy.current = false;
      },
      onSuccess: () =>
        notifications.show({
          color: 'tre',
          message: t('producerInbox.inquiry.changed', {
            status: t(`producerInbox.inquiries.status.${status}`),
          }),
        }),
    });
  };
  return (
    <Stack gap="sm">
      <FormError error={change.error} />
      <Button component="a" href={mailto} size="md">
        {t('producerInbox.inquiry.reply')}
      </Button>
      <Text size="sm" c="dimmed">
        {t('producerInbox.inquiry.replyHint', { email: inquiry.email })}
      </Text>
      <Group gap="sm">
        {NEXT[inquiry.status].map((status) => (
          <Button
            key={status}
            variant={status === 'replied' ? 'filled' : 'default'}
            color={status === 'replied' ? 'tre' : undefined}
            loading={change.isPending && change.variables === status}
            disabled={change.isPending}
            onClick={() => move(status)}
          >
            {label[status]}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
