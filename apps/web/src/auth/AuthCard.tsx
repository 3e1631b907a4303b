import { Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageTitle } from '@web/ui/PageTitle';

/** The narrow card every account screen sits in, readable on a phone. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack maw={440} mx="auto" mt="md">
      <PageTitle>{title}</PageTitle>
      <Paper withBorder p="lg">
        {children}
      </Paper>
    </Stack>
  );
}
