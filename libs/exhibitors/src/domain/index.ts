/**
 * Exhibitor domain rules: pure functions, no Nest, no I/O.
 *
 * Error shape: validators of user input never throw; they return a FieldResult,
 * `{ ok: true, value }` with the normalised value to store, or
 * `{ ok: false, field, code, message }` where `code` is stable for translation.
 * Dates without time are ISO strings "YYYY-MM-DD" (CalendarDate) in Việt Nam time.
 */
export * from './field-result';
export * from './legal-form';
export * from './tax-code.util';
export * from './cccd.util';
export * from './phone.util';
export * from './address';
export * from './ocop';
export * from './document-kind';
