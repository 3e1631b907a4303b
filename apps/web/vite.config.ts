import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const src = fileURLToPath(new URL('./src', import.meta.url));
/**
 * The exhibitors' pure domain rules (no framework, no I/O), shared with the api so a form
 * checks exactly what the server will: `@rules/tax-code.util`, `@rules/ocop`. Import only
 * files free of server-side packages (not phone.util, which pulls libphonenumber's metadata).
 */
export const sharedRules = {
  '@rules': fileURLToPath(new URL('../../libs/exhibitors/src/domain', import.meta.url)),
  // The floor plan's validator and the allocation contract's placement rules and score, so the
  // plan editor and the allocation board check an edit or a drag as the API will.
  '@plan-rules': fileURLToPath(new URL('../../libs/fairs/src/domain', import.meta.url)),
  '@allocation-rules': fileURLToPath(new URL('../../libs/allocation/src', import.meta.url)),
  // The gate decides offline by the server's own rules: `@gate-rules/check-in`, `gate-day`,
  // `ticket-verification` (never ticket-signer or ticket-payload: node:crypto).
  '@gate-rules': fileURLToPath(new URL('../../libs/invitations/src/domain', import.meta.url)),
  // Việt Nam's wall clock (`@time-rules/vietnam-time`), and platform's pure helpers, which the
  // shared rules above import as the server does.
  '@time-rules': fileURLToPath(new URL('../../libs/platform/src/time', import.meta.url)),
  '@hoicho/platform/domain': fileURLToPath(
    new URL('../../libs/platform/src/domain/index.ts', import.meta.url),
  ),
};

const scrollAreaRefs = fileURLToPath(new URL('./src/ui/scroll-area-refs.ts', import.meta.url));
/**
 * Mantine's ScrollArea (in every Table) imports only `useMergeRefs` from @floating-ui/react;
 * it gets Mantine's own merged ref instead, so a screen with a table does not load the shared
 * floating-ui chunk that popovers and menus need.
 */
const scrollAreaWithoutFloatingUi: Plugin = {
  name: 'scroll-area-without-floating-ui',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === '@floating-ui/react' && importer?.includes('/ScrollArea/ScrollArea.'))
      return scrollAreaRefs;
    return null;
  },
};

/** The web app: built into dist/web and served by the api at `/` (WEB.md). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [scrollAreaWithoutFloatingUi],
  resolve: { alias: { '@web': src, ...sharedRules } },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    // The api reads which chunks a screen needs, to name them in the page's Link header.
    manifest: true,
    rolldownOptions: {
      // Mantine marks its modules "use client" for React Server Components; a SPA has none.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  server: {
    // `npm run dev:web` beside `npm start`: the api answers everything but the app's files.
    proxy: Object.fromEntries(
      ['/api', '/docs', '/dev', '/health', '/invitations', '/catalogue'].map((path) => [
        path,
        process.env.API_URL ?? 'http://localhost:3000',
      ]),
    ),
  },
});
