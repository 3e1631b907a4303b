/**
 * Platform's pure helpers (no Nest, no I/O): what other libraries' domain code may use, loaded
 * without the framework that `@hoicho/platform` brings.
 */
export * from '../text/vietnamese-text.util';
export * from '../text/escape-html.util';
export * from '../text/escape-xml.util';
export * from '../time/vietnam-time';
export * from '../countries/country';
