import { Card, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One figure of the dashboard: a titled card. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder h="100%">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}
