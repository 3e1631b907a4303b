import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import { AppConfig } from '../config/app-config';
import { redactUrl } from './redact-url';

/**
 * pino JSON logs (to standard output unless a destination is given); every request gets an id
 * (taken from X-Request-Id when a proxy set one).
 */
export function loggerModule(config: AppConfig, destination?: DestinationStream) {
  const options: Options = {
    level: config.logLevel,
    genReqId: (request: IncomingMessage, response: ServerResponse) => {
      const given = request.headers['x-request-id'];
      const id = typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
      response.setHeader('X-Request-Id', id);
      return id;
    },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.body.password',
        'req.body.token',
        // A redirect from an emailed link (the first unsubscribe URL) repeats its token.
        'res.headers.location',
      ],
      censor: (value: unknown, path: string[]) =>
        path[path.length - 1] === 'location' && typeof value === 'string'
          ? redactUrl(value)
          : '[Redacted]',
    },
    autoLogging: { ignore: (request: IncomingMessage) => request.url === '/health' },
    serializers: {
      req: (request: { id: string; method: string; url: string }) => ({
        id: request.id,
        method: request.method,
        // Emailed tokens (reset, verification, invitation, unsubscribe) never reach the log.
        url: redactUrl(request.url),
      }),
    },
  };
  return LoggerModule.forRoot({ pinoHttp: destination ? [options, destination] : options });
}
