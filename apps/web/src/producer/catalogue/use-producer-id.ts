import { useMe } from '@web/session/session';

/**
 * The producer the signed-in member acts for. Every screen here reads and writes only this
 * producer's data (the API refuses any other). The generated schema types `producerId` loosely
 * (a nullable uuid), hence the cast; RequireRole has already made sure a producer is signed in.
 */
export function useProducerId(): string {
  const me = useMe().data;
  return (me?.producerId as unknown as string | null) ?? '';
}
