import type { TFunction } from 'i18next';
import { isApiError } from '@web/api/api-error';
import type { FairStatus } from './fairs-api';

const MISSING = ['zones', 'boothTypes', 'booths'] as const;
type Missing = (typeof MISSING)[number];
const isMissing = (field: string): field is Missing =>
  (MISSING as readonly string[]).includes(field);

/**
 * Why the API refused to move the fair, in the words of the screen's language: what is missing
 * for a legal step (fair_not_ready), or which steps the status allows (fair_transition).
 */
export function refusalReason(error: unknown, to: FairStatus, t: TFunction): string {
  if (!isApiError(error)) return t('errors.failed.body');
  const target = t(`organiser.fairStatus.${to}`);
  if (error.code === 'fair_not_ready') {
    const missing = error.fields.map((issue) =>
      isMissing(issue.field) ? t(`organiser.lifecycle.missing.${issue.field}`) : issue.message,
    );
    return t('organiser.lifecycle.notReady', { to: target, missing: missing.join('; ') });
  }
  if (error.code === 'fair_transition') {
    const from = String(error.details.from ?? '') as FairStatus;
    const allowed = Array.isArray(error.details.allowed)
      ? (error.details.allowed as FairStatus[]).map((s) => t(`organiser.fairStatus.${s}`))
      : [];
    return allowed.length
      ? t('organiser.lifecycle.notAllowed', {
          from: t(`organiser.fairStatus.${from}`),
          to: target,
          allowed: allowed.join(', '),
        })
      : t('organiser.lifecycle.final', { from: t(`organiser.fairStatus.${from}`) });
  }
  return error.message;
}
