export * from './number-words';
export * from './payment-reference';
export * from './payment-terms';
export * from './statement-mapping';
export * from './statement-match';
export * from './statement-parse';
