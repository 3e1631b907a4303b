import { SMTPServer } from 'smtp-server';
import { freePort } from '@hoicho/platform/embedded/free-port';

export interface SlowSmtp {
  url: string;
  /** Message-IDs (without brackets) in the order the server answered 250, duplicates included. */
  received: string[];
  distinct(): number;
  setDelay(ms: number): void;
  /**
   * Holds the answer to the next message whose DATA ends: resolves with its Message-ID once
   * the server has the whole message and the sender waits for the answer.
   */
  holdNext(): Promise<string>;
  /** Answers the held message 250 and counts it: the server has it, whether or not the sender is still there. */
  release(): void;
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * An SMTP server that takes `delayMs` to answer each DATA, so a worker has messages in
 * flight at any moment. It counts a message only when it answers 250, as a real server
 * accepts it only then. (The capture server of the harness answers at once and its
 * recipient policy is synchronous, hence this one.)
 */
export async function startSlowSmtp(options: { delayMs: number }): Promise<SlowSmtp> {
  let delayMs = options.delayMs;
  const received: string[] = [];
  let holding: ((messageId: string) => void) | undefined;
  let held: { messageId: string; answer: () => void } | undefined;
  const listeners = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 500,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 64 * 1024 && !head.includes('\r\n\r\n')) head += chunk.toString('latin1');
      });
      stream.on('end', () => {
        const headers = head.split('\r\n\r\n')[0].replace(/\r\n[ \t]+/g, ' ');
        const messageId = /^message-id:\s*<?([^>\r\n]+)>?/im.exec(headers)?.[1]?.trim() ?? '';
        const accept = () => {
          received.push(messageId);
          for (const listener of listeners) listener();
          callback();
        };
        if (holding) {
          held = { messageId, answer: accept };
          holding(messageId);
          holding = undefined;
        } else setTimeout(accept, delayMs);
      });
    },
  });
  server.on('error', () => undefined);
  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    distinct: () => new Set(received).size,
    setDelay: (ms) => (delayMs = ms),
    holdNext: () => new Promise<string>((resolve) => (holding = resolve)),
    release: () => {
      held?.answer();
      held = undefined;
    },
    waitFor: (predicate, timeoutMs = 120_000) =>
      new Promise<void>((resolve, reject) => {
        if (predicate()) return resolve();
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(
            new Error(
              `slow smtp: condition not met within ${timeoutMs} ms (${received.length} received, ${new Set(received).size} distinct)`,
            ),
          );
        }, timeoutMs);
        const listener = () => {
          if (!predicate()) return;
          clearTimeout(timer);
          listeners.delete(listener);
          resolve();
        };
        listeners.add(listener);
      }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
