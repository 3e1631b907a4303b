/**
 * The addresses that take no bulk mail (an invitation, a campaign), as a relation other
 * libraries may join in SQL: the view `bulk_suppressed_addresses`, one column `email` (citext,
 * normalised as stored), made by migration 1795801100000. It says what
 * `SuppressionService.isSuppressed(email, true)` says for one address, for a whole page of
 * recipients at once: a fan-out reads the flag with its page instead of sending 2,000 addresses
 * back in a second query. Notifications owns the rule and the `suppressions` table behind it;
 * readers know only this name and its column.
 */
export const BULK_SUPPRESSED_ADDRESSES = 'bulk_suppressed_addresses';
