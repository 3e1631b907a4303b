import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { components } from '@web/api/schema';

/*
 * What the gate keeps on the device (IndexedDB), so it scans with the network gone: the chosen
 * fair and gate, the fair's kit (public key, days, revocations), the admissions it knows of,
 * the scans still to upload (with their nonces) and the conflicts reported to it.
 */

export type GateKit = components['schemas']['GateKitDto'];
export type GateStats = components['schemas']['CheckInStatsDto'];
export type GateConflict = components['schemas']['GateConflictDto'];
export type GateAnswerResult = components['schemas']['CheckInResultDto']['result'];

export interface GateSetup {
  fairId: string;
  gate: string;
  /** This device's id, the prefix of its scans' nonces. */
  deviceId: string;
}

/** A scan decided on the device and not yet accepted by the server. */
export interface QueuedScan {
  nonce: string;
  fairId: string;
  code: string;
  gate: string;
  scannedAt: string;
  /** What the device answered: an admission here that the server finds made is a conflict. */
  deviceResult: GateAnswerResult;
}

/** An admission the device knows of: from the kit, its own scans or other gates' answers. */
export interface KnownAdmission {
  fairId: string;
  day: string;
  ticketId: string;
  gate: string;
  admittedAt: string;
}

interface GateSchema extends DBSchema {
  setup: { key: 'current'; value: GateSetup };
  kits: { key: string; value: GateKit };
  stats: { key: string; value: GateStats };
  queue: { key: string; value: QueuedScan; indexes: { fair: string } };
  admissions: { key: [string, string, string]; value: KnownAdmission };
  conflicts: { key: [string, string, string]; value: GateConflict & { fairId: string } };
}

let db: Promise<IDBPDatabase<GateSchema>> | undefined;

export function gateDb(): Promise<IDBPDatabase<GateSchema>> {
  db ??= openDB<GateSchema>('hoicho-gate', 1, {
    upgrade(store) {
      store.createObjectStore('setup');
      store.createObjectStore('kits', { keyPath: 'fairId' });
      store.createObjectStore('stats', { keyPath: 'fairId' });
      store.createObjectStore('queue', { keyPath: 'nonce' }).createIndex('fair', 'fairId');
      store.createObjectStore('admissions', { keyPath: ['fairId', 'day', 'ticketId'] });
      store.createObjectStore('conflicts', { keyPath: ['fairId', 'ticketId', 'day'] });
    },
  });
  return db;
}

/** Admissions of one fair day known on this device, by ticket. */
export async function admissionsOn(
  fairId: string,
  day: string,
): Promise<Map<string, KnownAdmission>> {
  const range = IDBKeyRange.bound([fairId, day, ''], [fairId, day, '\uffff']);
  const rows = await (await gateDb()).getAll('admissions', range);
  return new Map(rows.map((row) => [row.ticketId, row]));
}

/** Remembers an admission unless an earlier one of that ticket and day is known. */
export async function rememberAdmission(admission: KnownAdmission): Promise<void> {
  const store = (await gateDb()).transaction('admissions', 'readwrite').store;
  const known = await store.get([admission.fairId, admission.day, admission.ticketId]);
  if (!known || known.admittedAt > admission.admittedAt) await store.put(admission);
}
