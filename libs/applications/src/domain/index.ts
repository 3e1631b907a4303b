/**
 * Application domain rules: pure functions, no Nest, no I/O.
 *
 * Errors:
 * - an event an application's state does not allow throws ApplicationTransitionError
 *   (`code` "application_transition", `state`, `event`, `reason`);
 * - eligibility is a result, `{ eligible, unmet: [{ code, message }] }`, listing every unmet
 *   condition; codes are stable for the vi/en letters;
 * - impossible inputs to the calculators (negative price, percent over 100, a score rule that
 *   is not a whole number) throw RangeError: DTO validation must have stopped them, so they are
 *   bugs, not user errors.
 * Money is bigint đồng; percentages are whole numbers and are floored to the đồng.
 */
export * from './fee.calculator';
export * from './eligibility';
export * from './priority.rules';
export * from './application-status';
