import { Badge, Popover, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewApplication } from './review-api';

const COLOURS = ['gray.7', 'gray.7', 'blue.8', 'indigo.8', 'tre.8', 'grape.8'];

/** The priority (1–5) allocation will use; pressed, it explains where it comes from. */
export function PriorityBadge({ application }: { application: ReviewApplication }) {
  const { t } = useTranslation();
  const priority = application.priority;
  if (!priority) return <Text size="sm">—</Text>;
  const points = priority.points;
  const rows: [string, number][] = [
    [t('desk.priority.craftVillage'), points.craftVillage],
    [t('desk.priority.ocop', { stars: application.producer.ocopStars }), points.ocop],
    [t('desk.priority.firstParticipation'), points.firstParticipation],
    [t('desk.priority.earlySubmission'), points.earlySubmission],
  ];
  return (
    <Popover width={300} position="left" withArrow shadow="md">
      <Popover.Target>
        <UnstyledButton
          aria-label={t('desk.priority.explain', {
            name: application.producer.name,
            priority: priority.priority,
          })}
        >
          <Badge color={COLOURS[priority.priority]} variant="filled" style={{ cursor: 'pointer' }}>
            {priority.priority}
            {priority.overridden ? ' *' : ''}
          </Badge>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('desk.priority.title', {
              score: priority.score,
              priority: priority.computedPriority,
            })}
          </Text>
          <Table fz="sm" verticalSpacing={2}>
            <Table.Tbody>
              {rows.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Td>{label}</Table.Td>
                  <Table.Td ta="right">+{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {priority.overridden && (
            <Text size="sm">
              {t('desk.priority.overridden', {
                priority: priority.priority,
                reason: String(priority.overrideReason ?? ''),
              })}
            </Text>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
