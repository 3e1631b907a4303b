import { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';

/**
 * Security headers on every answer, HTML and API alike (helmet): a CSP that lets only our own
 * scripts run, nosniff, a strict referrer policy, and no X-Powered-By. Styles may be inline:
 * Mantine injects <style> tags at run time, and the server-rendered pages, the dev mailbox and
 * Swagger UI carry style attributes. Framing is left to our own pages (the dev mailbox shows a
 * message in a frame); no other site can frame a page of ours.
 */
export function useSecurityHeaders(app: NestExpressApplication, https: boolean): void {
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          'default-src': ["'self'"],
          // WebAssembly compiled from our own files (the gate's QR decoder) is not eval.
          'script-src': ["'self'", "'wasm-unsafe-eval'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'worker-src': ["'self'"],
          'manifest-src': ["'self'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'form-action': ["'self'"],
          'frame-ancestors': ["'self'"],
          // Only behind https: on plain http (a laptop, the tests) it would break every request.
          ...(https ? { 'upgrade-insecure-requests': [] } : {}),
        },
      },
      frameguard: { action: 'sameorigin' },
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      // HSTS only where the site is served over https (PUBLIC_URL), never on a developer's http.
      strictTransportSecurity: https ? { maxAge: 15552000, includeSubDomains: false } : false,
      // Swagger UI and the web app load only same-origin resources; COEP would add nothing.
      crossOriginEmbedderPolicy: false,
    }),
  );
}
