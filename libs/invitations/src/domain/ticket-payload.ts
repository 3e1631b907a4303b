import { searchKey } from '@hoicho/platform/domain';
import type { TicketPayload } from './ticket-verification';

export type { TicketPayload };

export const MAX_INITIALS = 8;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INITIALS = new RegExp(`^[A-Z0-9]{0,${MAX_INITIALS}}$`);
// fair id (16) + ticket id (16) + expiry (uint32) + initials length (uint8)
const FIXED_BYTES = 37;

/** "Nguyễn Văn An" → "NVA"; "Đặng Thị Ánh" → "DTA". Diacritics go, đ becomes D. */
export function holderInitials(fullName: string): string {
  return searchKey(fullName)
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => word[0].toUpperCase())
    .join('')
    .slice(0, MAX_INITIALS);
}

function uuidBytes(uuid: string, field: string): Buffer {
  if (!UUID.test(uuid)) throw new Error(`Ticket ${field} is not a UUID: "${uuid}"`);
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

function uuidText(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Binary form: UUIDs as 16 bytes, expiry as big-endian uint32, initials as length + ASCII. */
export function packTicketPayload(payload: TicketPayload): Buffer {
  if (!INITIALS.test(payload.initials)) {
    throw new Error(
      `Ticket initials must be A–Z/0–9, at most ${MAX_INITIALS}: "${payload.initials}"`,
    );
  }
  if (
    !Number.isInteger(payload.expiresAt) ||
    payload.expiresAt < 0 ||
    payload.expiresAt > 0xffffffff
  ) {
    throw new Error(`Ticket expiry must be unix seconds that fit 32 bits: ${payload.expiresAt}`);
  }
  const tail = Buffer.alloc(5);
  tail.writeUInt32BE(payload.expiresAt, 0);
  tail.writeUInt8(payload.initials.length, 4);
  return Buffer.concat([
    uuidBytes(payload.fairId, 'fair id'),
    uuidBytes(payload.ticketId, 'ticket id'),
    tail,
    Buffer.from(payload.initials, 'ascii'),
  ]);
}

/** The payload back from its binary form, or undefined if the bytes are not one. */
export function unpackTicketPayload(bytes: Buffer): TicketPayload | undefined {
  if (bytes.length < FIXED_BYTES) return undefined;
  const length = bytes.readUInt8(36);
  if (bytes.length !== FIXED_BYTES + length) return undefined;
  const initials = bytes.subarray(FIXED_BYTES).toString('ascii');
  if (!INITIALS.test(initials)) return undefined;
  return {
    fairId: uuidText(bytes.subarray(0, 16)),
    ticketId: uuidText(bytes.subarray(16, 32)),
    expiresAt: bytes.readUInt32BE(32),
    initials,
  };
}
