import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Inquiry, productName, productPageHref } from './inbox-api';
import { ProductThumb } from './ProductThumb';

/** The product an inquiry came from: its photo, name, the public page the buyer saw, the label. */
export function InquiryProduct({ inquiry }: { inquiry: Inquiry }) {
  const { t, i18n } = useTranslation();
  const name = productName(inquiry.product, i18n.language);
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <ProductThumb productId={inquiry.product.id} name={name} />
      <Stack gap={2} miw={0}>
        <Text fw={600} size="sm">
          {name}
        </Text>
        {inquiry.labelCode && (
          <Text size="xs" c="dimmed">
            {t('producerInbox.inquiries.fromLabel', { code: inquiry.labelCode })}
          </Text>
        )}
        <Anchor href={productPageHref(inquiry.fairId, inquiry.product.id)} size="sm">
          {t('producerInbox.inquiries.openProduct')}
        </Anchor>
      </Stack>
    </Group>
  );
}
