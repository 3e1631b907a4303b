import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { VIETNAMESE_WORDS } from './vietnamese-words';

/** Why a password was refused, in words a person can act on. */
export type PasswordWeakness = 'common' | 'personal' | 'pattern' | 'guessable';

export type PasswordVerdict = { ok: true } | { ok: false; weakness: PasswordWeakness };

/**
 * zxcvbn's score 3 ("safely unguessable": about 10^8 guesses and more) is the lowest we take;
 * a slow hash then makes an offline attack on a stolen table costly.
 */
const LOWEST_SCORE = 3;

// The Levenshtein option makes a check take seconds of CPU, so near-misses are left to the lists.
// The dictionaries are loaded on the first check, not when the api loads: only sign-up and a
// password change check, and an end-to-end test file that does neither skips about 0.2 s of CPU.
let estimator: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  if (estimator) return estimator;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { ZxcvbnFactory } = require('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
  const common =
    require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
  const english = require('@zxcvbn-ts/language-en') as typeof import('@zxcvbn-ts/language-en');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return (estimator = new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, vietnamese: VIETNAMESE_WORDS },
    graphs: common.adjacencyGraphs,
  }));
}

const WEAKNESS_BY_WARNING: Record<string, PasswordWeakness> = {
  topTen: 'common',
  topHundred: 'common',
  common: 'common',
  similarToCommon: 'common',
  pwned: 'common',
  wordByItself: 'common',
  namesByThemselves: 'common',
  commonNames: 'common',
  userInputs: 'personal',
  straightRow: 'pattern',
  keyPattern: 'pattern',
  simpleRepeat: 'pattern',
  extendedRepeat: 'pattern',
  sequences: 'pattern',
  recentYears: 'pattern',
  dates: 'pattern',
};

/**
 * Refuses passwords an attacker tries first: common ones (English and Vietnamese lists),
 * repeats, sequences, keyboard rows, dates, and ones built from the person's own email or name.
 */
export function checkPasswordStrength(password: string, personal: string[]): PasswordVerdict {
  const inputs = personal.flatMap((value) => [value, ...value.split(/[@.\s_-]+/)]).filter(Boolean);
  const result = zxcvbn().check(password, inputs);
  if (result.score >= LOWEST_SCORE) return { ok: true };
  const warning = result.feedback.warning ?? '';
  return { ok: false, weakness: WEAKNESS_BY_WARNING[warning] ?? 'guessable' };
}
