import { type Language, type Texts, wordIssue } from '@hoicho/platform';
import type { LineError, LineErrorCode } from '../domain';

/** A statement line that could not be read, in words per language; `{value}` is the cell. */
export const LINE_ERROR_TEXTS: Record<LineErrorCode, Texts> = {
  amount_invalid: {
    vi: '“{value}” không phải số tiền (đồng)',
    en: '“{value}” is not an amount in đồng',
  },
  date_invalid: {
    vi: '“{value}” không phải ngày (dd/MM/yyyy)',
    en: '“{value}” is not a date (dd/MM/yyyy)',
  },
};

/** A line error as the API answers it: the code and params, and the words in `language`. */
export const wordedLineError = (error: LineError, language: Language) => ({
  ...error,
  message: wordIssue(LINE_ERROR_TEXTS, error.code, error.params, language),
});
