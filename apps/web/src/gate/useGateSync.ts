import { useCallback, useEffect, useState } from 'react';
import { gateDb, type GateConflict, type GateStats, type QueuedScan } from './gate-db';
import type { GateEngine } from './gate-engine';

const RETRY_MS = 10_000;

export interface GateSyncState {
  online: boolean;
  queued: QueuedScan[];
  stats: GateStats | undefined;
  conflicts: GateConflict[];
  /** How many of the last upload's scans were conflicts (shown until the next upload). */
  lastUploadConflicts: number;
}

/**
 * Keeps the device and the server in step: uploads queued scans and refreshes the kit, counts
 * and conflicts when the network returns (the `online` event) and every few seconds after, so a
 * failed upload is retried and a conflict found by the other gate reaches this one.
 */
export function useGateSync(engine: GateEngine | undefined) {
  const [state, setState] = useState<GateSyncState>({
    online: navigator.onLine,
    queued: [],
    stats: undefined,
    conflicts: [],
    lastUploadConflicts: 0,
  });

  const reload = useCallback(async () => {
    if (!engine) return;
    const db = await gateDb();
    const fairId = engine.setup.fairId;
    const [queued, stats, all] = await Promise.all([
      engine.queued(),
      db.get('stats', fairId),
      db.getAll('conflicts'),
    ]);
    const conflicts = all
      .filter((c) => c.fairId === fairId)
      .sort((a, b) => String(b.conflictAt).localeCompare(String(a.conflictAt)));
    setState((s) => ({ ...s, online: navigator.onLine, queued, stats, conflicts }));
  }, [engine]);

  const sync = useCallback(async () => {
    if (!engine || !navigator.onLine) return reload();
    try {
      const { uploaded, conflicts } = await engine.upload();
      if (uploaded > 0) setState((s) => ({ ...s, lastUploadConflicts: conflicts.length }));
      await engine.refresh();
    } catch {
      // The network came and went again: the queue stays on the device for the next try.
    }
    await reload();
  }, [engine, reload]);

  useEffect(() => {
    const first = setTimeout(() => void sync(), 0);
    const online = () => void sync();
    const offline = () => setState((s) => ({ ...s, online: false }));
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    const timer = setInterval(() => void sync(), RETRY_MS);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      clearInterval(timer);
      clearTimeout(first);
    };
  }, [sync]);

  return { ...state, sync, reload };
}
