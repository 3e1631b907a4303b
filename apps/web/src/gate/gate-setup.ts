import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { GateEngine } from './gate-engine';
import { gateDb, type GateSetup } from './gate-db';

const SETUP = ['gate', 'setup'] as const;

/** The fair and gate this device scans for, kept on the device; null until chosen. */
export function useGateSetup() {
  return useQuery({
    queryKey: SETUP,
    queryFn: async (): Promise<GateSetup | null> =>
      (await (await gateDb()).get('setup', 'current')) ?? null,
    staleTime: Infinity,
    networkMode: 'always',
  });
}

/** Chooses fair and gate: fetches the fair's kit first, so the device can scan offline at once. */
export function useChooseGate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ fairId, gate }: { fairId: string; gate: string }) => {
      await GateEngine.fetchKit(fairId);
      const db = await gateDb();
      const previous = await db.get('setup', 'current');
      const setup: GateSetup = {
        fairId,
        gate,
        deviceId: previous?.deviceId ?? crypto.randomUUID().slice(0, 8),
      };
      await db.put('setup', setup, 'current');
      return setup;
    },
    onSuccess: (setup) => client.setQueryData(SETUP, setup),
  });
}

/** Back to choosing: the kit and unsent scans stay on the device. */
export function useLeaveGate() {
  const client = useQueryClient();
  return async () => {
    await (await gateDb()).delete('setup', 'current');
    client.setQueryData(SETUP, null);
  };
}
