import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatHcmTime } from '@time-rules/vietnam-time';
import type { GateConflict } from './gate-db';

/** Tickets two gates both admitted while offline: the server counts them; both gates see them. */
export function ConflictList({ conflicts }: { conflicts: GateConflict[] }) {
  const { t } = useTranslation();
  if (conflicts.length === 0) return null;
  return (
    <Alert color="orange" title={t('gate.conflicts.title', { count: conflicts.length })}>
      <List size="sm">
        {conflicts.map((c) => (
          <List.Item key={`${c.ticketId}-${c.day}-${String(c.conflictAt)}`}>
            {t('gate.conflicts.item', {
              ticket: c.ticketId.slice(0, 8),
              first: c.admittedGate,
              firstAt: formatHcmTime(new Date(c.admittedAt)),
              second: c.conflictGate,
              secondAt: formatHcmTime(new Date(c.conflictAt)),
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
