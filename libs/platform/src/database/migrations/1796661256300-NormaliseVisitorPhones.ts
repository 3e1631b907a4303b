import { Logger } from '@nestjs/common';
import {
  type CountryCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';
import { MigrationInterface, QueryRunner } from 'typeorm';

interface StoredPhone {
  id: string;
  phone: string;
  country: string | null;
}

// The rules of exhibitors' `normaliseAnyPhone` (the import's and the visitors API's), frozen
// here as a migration must be: the platform's migrations import no library above it.
const PHONE_CHARACTERS = /^[+\d\s().\-/]+$/;

function parseWhole(text: string, region: string | null): string | undefined {
  if (!PHONE_CHARACTERS.test(text)) return undefined;
  const defaultCountry = region && isSupportedCountry(region) ? (region as CountryCode) : 'VN';
  const phone = parsePhoneNumberFromString(text, { defaultCountry, extract: false });
  return phone?.isValid() ? phone.number : undefined;
}

/** The E.164 form of a stored phone, or undefined when it is not a number (left as it is). */
function storedPhoneE164(phone: string, country: string | null): string | undefined {
  const text = phone.trim();
  return (
    parseWhole(text, country) ??
    (/^[1-9]\d{7,14}$/.test(text) ? parseWhole(`+${text}`, country) : undefined)
  );
}

/**
 * Visitors' phones typed by hand before the API checked them ("0912 345 678", "+84 912…") are
 * stored as E.164 as imports store them. A phone that is not a number is left as it is and
 * named in the log, never lost. `visitors.phone` has no unique constraint (only the index
 * `visitors_body_phone_idx`): two forms of one number becoming one is allowed and logged, the
 * import reports such a visitor's phone on its line from then on.
 */
export class NormaliseVisitorPhones1796661256300 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const log = new Logger('NormaliseVisitorPhones');
    const rows: StoredPhone[] = await q.query(
      'SELECT id, phone, country FROM visitors WHERE phone IS NOT NULL ORDER BY id',
    );
    const ids: string[] = [];
    const phones: string[] = [];
    for (const row of rows) {
      const e164 = storedPhoneE164(row.phone, row.country);
      if (e164 === undefined) {
        log.warn(`visitor ${row.id}: phone "${row.phone}" is not a number, left as it is`);
      } else if (e164 !== row.phone) {
        ids.push(row.id);
        phones.push(e164);
      }
    }
    if (ids.length > 0) {
      await q.query(
        `UPDATE visitors v SET phone = n.phone, updated_at = now()
           FROM unnest($1::uuid[], $2::text[]) AS n(id, phone) WHERE v.id = n.id`,
        [ids, phones],
      );
    }
    const shared: { organising_body_id: string; phone: string; n: number }[] = await q.query(
      `SELECT organising_body_id, phone, count(*)::int AS n FROM visitors
        WHERE phone = ANY($1::text[]) GROUP BY 1, 2 HAVING count(*) > 1`,
      [phones],
    );
    for (const s of shared) {
      log.warn(`body ${s.organising_body_id}: ${s.n} visitors now share the phone ${s.phone}`);
    }
    log.log(`${ids.length} of ${rows.length} phones normalised to E.164`);
  }

  async down(): Promise<void> {
    // The forms typed before are not kept: E.164 is a valid value for the older code too.
  }
}
