import { Title, type TitleOrder } from '@mantine/core';
import { useEffect } from 'react';

/** The screen's heading, also the browser tab's title. */
export function PageTitle({ children, order = 1 }: { children: string; order?: TitleOrder }) {
  useEffect(() => {
    document.title = `${children} · Hội Chợ`;
  }, [children]);
  return (
    <Title order={order} size="h2" mb="md">
      {children}
    </Title>
  );
}
