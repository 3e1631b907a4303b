import { Button, Card, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlaceNames } from '@allocation-rules/draft/place-names';
import { unassignedText } from '../reasons';
import type { Draft } from './board-api';

/** Every approved application the run left without booths, with the reason, to place by hand. */
export function UnassignedList({
  unassigned,
  names,
  onChoose,
}: {
  unassigned: Draft['unassigned'];
  names: PlaceNames;
  onChoose: (applicationId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('plan.board.unassigned', { count: unassigned.length })}
        </Title>
        {unassigned.length === 0 ? (
          <Text size="sm">{t('plan.board.allPlaced')}</Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plan.board.producer')}</Table.Th>
                <Table.Th>{t('plan.board.why')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('plan.board.place')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {unassigned.map((u) => (
                <Table.Tr key={u.applicationId}>
                  <Table.Td>{u.producerName}</Table.Td>
                  <Table.Td>{unassignedText(t, i18n.language, u, names)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="light"
                      aria-label={t('plan.board.placeName', { name: u.producerName })}
                      onClick={() => onChoose(u.applicationId)}
                    >
                      {t('plan.board.place')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
