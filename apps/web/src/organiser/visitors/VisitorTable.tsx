import { Badge, Button, Checkbox, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Visitor } from './visitors-api';

/**
 * One page of visitors: who they are, their segment and tags, the language mail goes in;
 * rows can be selected for a change to many, or opened to change one.
 */
export function VisitorTable({
  visitors,
  selected,
  onSelect,
  onEdit,
}: {
  visitors: Visitor[];
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  onEdit: (visitor: Visitor) => void;
}) {
  const { t } = useTranslation();
  const all = visitors.length > 0 && visitors.every((v) => selected.has(v.id));
  const some = visitors.some((v) => selected.has(v.id));
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('visitorEdit.selectPage')}
                checked={all}
                indeterminate={some && !all}
                onChange={() =>
                  onSelect(
                    visitors.map((v) => v.id),
                    !all,
                  )
                }
              />
            </Table.Th>
            <Table.Th>{t('outreach.visitors.name')}</Table.Th>
            <Table.Th>{t('outreach.visitors.organisation')}</Table.Th>
            <Table.Th>{t('outreach.visitors.email')}</Table.Th>
            <Table.Th>{t('outreach.visitors.segment')}</Table.Th>
            <Table.Th>{t('outreach.visitors.tags')}</Table.Th>
            <Table.Th>{t('outreach.visitors.language')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visitors.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>
                <Checkbox
                  aria-label={t('visitorEdit.select', { name: v.name })}
                  checked={selected.has(v.id)}
                  onChange={(e) => onSelect([v.id], e.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {v.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{(v.organisation as string | null) ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{v.email}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{v.segment ? t(`outreach.segment.${v.segment}`) : '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {v.tags.map((tag) => (
                    <Badge key={tag} variant="default" tt="none">
                      {tag}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{v.mailLanguage.toUpperCase()}</Text>
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={t('visitorEdit.editOf', { name: v.name })}
                  onClick={() => onEdit(v)}
                >
                  {t('visitorEdit.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
