import { Avatar } from '@mantine/core';

/** The signed-in user's initials in a circle: the account menu's button, and its placeholder. */
export function Initials({ fullName }: { fullName: string }) {
  const initials = fullName
    .split(/\s+/)
    .slice(-2)
    .map((word) => word[0])
    .join('');
  return (
    <Avatar color="tre" radius="xl" size="sm">
      {initials}
    </Avatar>
  );
}
