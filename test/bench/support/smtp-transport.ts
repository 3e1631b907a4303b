import { TransportOptions } from 'nodemailer';

/** Pooled SMTP to the sink, as MailTransport builds it, for the benches' bare loops. */
export function transportOptions(port: number, pool: number): TransportOptions {
  return {
    host: '127.0.0.1',
    port,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: pool,
    maxMessages: Infinity,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  } as TransportOptions;
}
