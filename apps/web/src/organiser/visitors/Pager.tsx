import { Group, Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Pages of a list the API pages; hidden when everything fits on one. */
export function Pager(props: {
  total: number;
  pageSize: number;
  page: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.ceil(props.total / props.pageSize);
  if (pages <= 1) return null;
  return (
    <Group justify="flex-end">
      <Pagination
        total={pages}
        value={props.page}
        onChange={props.onChange}
        getControlProps={(control) => ({ 'aria-label': t(`desk.table.page.${control}`) })}
        getItemProps={(n) => ({ 'aria-label': t('outreach.pageN', { n }) })}
      />
    </Group>
  );
}
