import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** An empty list says so, and what to do next. */
export function EmptyNote({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <Paper withBorder p="lg" ta="center">
      <Text c="dimmed" mb={action ? 'sm' : 0}>
        {children}
      </Text>
      {action}
    </Paper>
  );
}
