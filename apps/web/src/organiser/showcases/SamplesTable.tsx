import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@web/format/format';
import { EmptyNote } from '@web/ui/EmptyNote';
import { CustodyBadge } from './CustodyBadge';
import type { Sample } from './showcases-api';

/** A showcase's entries and samples; a code opens the sample's trail. */
export function SamplesTable({
  samples,
  open,
}: {
  samples: Sample[];
  open: (sample: Sample) => void;
}) {
  const { t, i18n } = useTranslation();
  if (samples.length === 0) return <EmptyNote>{t('showcases.noSamples')}</EmptyNote>;
  return (
    <Table striped highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('showcases.col.code')}</Table.Th>
          <Table.Th>{t('showcases.col.product')}</Table.Th>
          <Table.Th>{t('showcases.col.producer')}</Table.Th>
          <Table.Th>{t('showcases.col.custody')}</Table.Th>
          <Table.Th>{t('showcases.col.location')}</Table.Th>
          <Table.Th ta="right">{t('showcases.col.value')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {samples.map((sample) => {
          const product =
            (i18n.language === 'en' && sample.product.nameEn) || sample.product.nameVi;
          return (
            <Table.Tr key={sample.id}>
              <Table.Td ff="monospace">
                <Anchor
                  component="button"
                  type="button"
                  onClick={() => open(sample)}
                  aria-label={t('showcases.open', { code: sample.labelCode ?? product })}
                >
                  {sample.labelCode ?? '—'}
                </Anchor>
              </Table.Td>
              <Table.Td>{product}</Table.Td>
              <Table.Td>{sample.producer.name}</Table.Td>
              <Table.Td>
                <CustodyBadge sample={sample} />
              </Table.Td>
              <Table.Td>{sample.displayLocation ?? ''}</Table.Td>
              <Table.Td ta="right">{formatMoney(sample.declaredValue)}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
