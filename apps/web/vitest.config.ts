import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { sharedRules } from './vite.config';

/** Logic that lives in the client (formats, rules, hooks), tested in jsdom. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: {
    alias: { '@web': fileURLToPath(new URL('./src', import.meta.url)), ...sharedRules },
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  test: { environment: 'jsdom', include: ['src/**/*.test.{ts,tsx}'] },
});
