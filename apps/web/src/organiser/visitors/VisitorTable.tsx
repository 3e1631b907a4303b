import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Visitor } from './visitors-api';

/** One page of visitors: who they are, their segment and tags, the language mail goes in. */
export function VisitorTable({ visitors }: { visitors: Visitor[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('outreach.visitors.name')}</Table.Th>
            <Table.Th>{t('outreach.visitors.organisation')}</Table.Th>
            <Table.Th>{t('outreach.visitors.email')}</Table.Th>
            <Table.Th>{t('outreach.visitors.segment')}</Table.Th>
            <Table.Th>{t('outreach.visitors.tags')}</Table.Th>
            <Table.Th>{t('outreach.visitors.language')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visitors.map((v) => (
            <Table.Tr key={v.id}>
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
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
