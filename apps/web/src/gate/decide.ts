import { checkInMessage, classifyScan, type CheckInOutcome } from '@gate-rules/check-in';
import { admissionDay } from '@gate-rules/gate-day';
import type { components } from '@web/api/schema';
import type { GateKit, KnownAdmission } from './gate-db';
import { claimedFair, importTicketKey, verifyTicketCode } from './ticket-code';

export type GateAnswer = components['schemas']['CheckInResultDto'];

/** A fair's kit made ready for deciding: the key imported, the lists as sets and maps. */
export interface Decider {
  kit: GateKit;
  key: CryptoKey;
  revoked: Set<string>;
  guests: Map<string, number>;
}

export async function decider(kit: GateKit): Promise<Decider> {
  return {
    kit,
    key: await importTicketKey(kit.publicKey),
    revoked: new Set(kit.revokedTicketIds),
    guests: new Map(kit.guests.map((g) => [g.ticketId, g.guests])),
  };
}

/** The fair day whose gate window is open at `now` on this device's clock. */
export function dayAt(kit: GateKit, now: Date): string | undefined {
  return admissionDay(kit.days, kit.earlyEntryMinutes, now);
}

/**
 * Decides a scan on the device with the server's own rules (classifyScan, checkInMessage), from
 * the kit and the admissions of the day the device knows of: what the gate answers offline,
 * and instantly while the server's answer is on its way.
 */
export async function decideOffline(
  d: Decider,
  code: string,
  now: Date,
  admitted: Map<string, KnownAdmission>,
  language: 'vi' | 'en',
): Promise<{ outcome: CheckInOutcome; answer: GateAnswer }> {
  const claimed = claimedFair(code, d.kit.codePrefix);
  const outcome: CheckInOutcome = await (async () => {
    // Another fair's key is not on this device, so such a code is refused unverified: either
    // way it does not get in here.
    if (claimed && claimed !== d.kit.fairId) return { result: 'wrong_fair', ticketId: '' };
    const verification = await verifyTicketCode(code, d.key, d.kit.codePrefix, now);
    const ticketId = verification.valid ? verification.payload.ticketId : '';
    const known = admitted.get(ticketId);
    return classifyScan(
      verification,
      verification.valid
        ? {
            ticketId,
            fairId: d.kit.fairId,
            status: d.revoked.has(ticketId) ? 'revoked' : 'active',
            guests: d.guests.get(ticketId) ?? 0,
            admittedAt: known ? new Date(known.admittedAt) : null,
            admittedGate: known?.gate ?? null,
          }
        : undefined,
      { fairId: d.kit.fairId, day: dayAt(d.kit, now), days: d.kit.days.map((day) => day.date) },
    );
  })();
  return { outcome, answer: toAnswer(outcome, checkInMessage(outcome, language)) };
}

function toAnswer(outcome: CheckInOutcome, message: string): GateAnswer {
  const base = { result: outcome.result, message, duplicate: false, conflict: false };
  switch (outcome.result) {
    case 'admitted':
      return {
        ...base,
        ticketId: outcome.ticketId,
        initials: outcome.initials,
        guests: outcome.guests,
        day: outcome.day,
      };
    case 'already_admitted':
      return {
        ...base,
        ticketId: outcome.ticketId,
        gate: outcome.gate,
        admittedAt: outcome.at.toISOString(),
        day: outcome.day,
      };
    case 'not_valid_today':
      return { ...base, ticketId: outcome.ticketId, days: [...outcome.days] };
    case 'revoked':
    case 'wrong_fair':
      return { ...base, ticketId: outcome.ticketId };
    case 'invalid':
      return { ...base, reason: outcome.reason };
  }
}
