/** A visitor as the import and merge rules see it; the entity lives in the service layer. */

export const VISITOR_SEGMENTS = ['buyer', 'press', 'vip', 'public'] as const;
export type VisitorSegment = (typeof VISITOR_SEGMENTS)[number];

export const VISITOR_LANGUAGES = ['vi', 'en'] as const;
export type VisitorLanguage = (typeof VISITOR_LANGUAGES)[number];

/**
 * Optional fields are `undefined` when the source said nothing, so that merging never lets an
 * empty cell erase what an earlier import or an organiser recorded.
 */
export interface Visitor {
  /** Normalised (see normaliseEmail): the identity of a visitor. */
  email: string;
  name: string;
  organisation?: string;
  phone?: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
  language?: VisitorLanguage;
  segment?: VisitorSegment;
  tags: string[];
  /** Consent to receive invitations; `undefined` = not stated. */
  consent?: boolean;
}

/** Language to write to a visitor in when none was stated: Vietnamese at home, English abroad. */
export function preferredLanguage(visitor: Pick<Visitor, 'language' | 'country'>): VisitorLanguage {
  if (visitor.language) return visitor.language;
  return visitor.country && visitor.country !== 'VN' ? 'en' : 'vi';
}
