import { CalendarDate } from '@hoicho/platform/domain';

/**
 * The kinds of document a producer can upload, a fixed list (a fair requires some of them):
 * the business (or household business / cooperative) registration certificate, an OCOP
 * certificate, the decision recognising its craft village, a food safety certificate, and
 * anything else the organisers asked for by name.
 */
export const DOCUMENT_KINDS = [
  'business_registration',
  'ocop_certificate',
  'craft_village_recognition',
  'food_safety',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The kinds a fair may require ("other" says nothing a check could rely on). */
export const REQUIRABLE_DOCUMENT_KINDS = DOCUMENT_KINDS.filter((k) => k !== 'other');

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, { vi: string; en: string }> = {
  business_registration: {
    vi: 'Giấy chứng nhận đăng ký kinh doanh',
    en: 'Business registration certificate',
  },
  ocop_certificate: { vi: 'Giấy chứng nhận OCOP', en: 'OCOP certificate' },
  craft_village_recognition: {
    vi: 'Quyết định công nhận làng nghề',
    en: 'Craft village recognition',
  },
  food_safety: {
    vi: 'Giấy chứng nhận an toàn thực phẩm',
    en: 'Food safety certificate',
  },
  other: { vi: 'Giấy tờ khác', en: 'Other document' },
};

export const isDocumentKind = (value: unknown): value is DocumentKind =>
  typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);

/** A document expiring within this many days is shown as expiring soon. */
export const EXPIRING_SOON_DAYS = 30;

export type DocumentValidity = 'valid' | 'expiring_soon' | 'expired';

const plusDays = (date: CalendarDate, days: number): CalendarDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A document counts on its expiry day and not after; one without expiry never expires. */
export function documentValidity(
  expiresOn: CalendarDate | null,
  today: CalendarDate,
): DocumentValidity {
  if (expiresOn === null) return 'valid';
  if (expiresOn < today) return 'expired';
  return expiresOn <= plusDays(today, EXPIRING_SOON_DAYS) ? 'expiring_soon' : 'valid';
}

/** What the requirement check reads of a producer's current documents. */
export interface HeldDocument {
  kind: DocumentKind;
  expiresOn: CalendarDate | null;
  status: 'pending' | 'checked' | 'refused';
}

/**
 * The required kinds the producer has no usable document of on `onDate` (the fair's first
 * day): none uploaded, refused, or expired by then. A document waiting for its check counts,
 * so that a producer can apply while the organisers have not looked yet; they refuse it (and
 * the application) if it is wrong.
 */
export function missingDocumentKinds(
  held: readonly HeldDocument[],
  required: readonly DocumentKind[],
  onDate: CalendarDate,
): DocumentKind[] {
  return required.filter(
    (kind) =>
      !held.some(
        (doc) =>
          doc.kind === kind &&
          doc.status !== 'refused' &&
          (doc.expiresOn === null || onDate <= doc.expiresOn),
      ),
  );
}
