import { type Language, type Texts, wordIssue } from '@hoicho/platform';
import type { RunWarningCode, RunWarningParams } from '../runs/run-warning-codes';

/**
 * What a run could not honour, in words per language: `{producer}` is the application's
 * producer, `{holderProducer}` the one a booth is pinned to (the view fills both from the run's
 * applicants), `{booths}` a list of booth codes. The web words the same codes itself.
 */
export const RUN_WARNING_TEXTS: Record<RunWarningCode, Texts> = {
  pin_wrong_size: {
    vi: 'Bỏ qua gian ghim của {producer} ({booths}): hồ sơ đăng ký {size} gian',
    en: 'Pin of {producer} ({booths}) ignored: the application wants {size} booth(s)',
  },
  pin_not_rentable: {
    vi: 'Bỏ qua gian ghim của {producer}: gian {booths} không còn cho thuê',
    en: 'Pin of {producer} ignored: {booths} cannot be rented',
  },
  published_wrong_size: {
    vi: 'Không giữ gian đã công bố của {producer} ({booths}): hồ sơ đăng ký {size} gian',
    en: 'Published booths of {producer} ({booths}) not kept: the application wants {size} booth(s)',
  },
  published_not_rentable: {
    vi: 'Không giữ gian đã công bố của {producer}: gian {booths} không còn cho thuê',
    en: 'Published booths of {producer} not kept: {booths} cannot be rented',
  },
  published_pinned_elsewhere: {
    vi: 'Không giữ gian đã công bố của {producer}: gian {booth} đã được ghim cho {holderProducer}',
    en: 'Published booths of {producer} not kept: {booth} is pinned to {holderProducer}',
  },
};

export const runWarningText = (
  code: RunWarningCode,
  params: RunWarningParams,
  language: Language,
) => wordIssue(RUN_WARNING_TEXTS, code, params, language);
