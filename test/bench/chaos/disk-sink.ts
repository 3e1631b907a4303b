/**
 * The chaos run's SMTP server, a child process forked with an IPC channel. It answers 250 only
 * once the message is on disk (appended to messages.eml, its Message-ID to accepted.log, both
 * flushed), as a real server does once it has queued the message, and takes SINK_DELAY_MS per
 * message so the run lasts long enough to inject faults. It survives its clients' deaths.
 *   → { type: 'count' }   ← { type: 'count', distinct, total }
 *   → { type: 'stop' }    closes and exits
 * It announces itself with { type: 'ready', port }. SINK_DIR names the folder.
 */
import { closeSync, fdatasyncSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

type Request = { type: 'count' } | { type: 'stop' };

const dir = process.env.SINK_DIR!;
const delayMs = Number(process.env.SINK_DELAY_MS ?? 0);
const messages = openSync(join(dir, 'messages.eml'), 'a');
const accepted = openSync(join(dir, 'accepted.log'), 'a');
const seen = new Set<string>();
let total = 0;

/** Both files flushed before the answer: what the parent counts is what the server kept. */
function store(raw: Buffer, messageId: string): void {
  writeSync(messages, raw);
  writeSync(messages, '\r\n');
  fdatasyncSync(messages);
  writeSync(accepted, `${messageId}\n`);
  fdatasyncSync(accepted);
  seen.add(messageId);
  total++;
}

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  disableReverseLookup: true,
  logger: false,
  maxClients: 1000,
  size: 10 * 1024 * 1024,
  closeTimeout: 1000,
  onData(stream, _session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      const raw = Buffer.concat(chunks);
      const head = raw.subarray(0, 32 * 1024).toString('latin1');
      const messageId = /(?:^|\r\n)message-id:[ \t]*<?([^>\r\n]+)>?/i.exec(head)?.[1]?.trim() ?? '';
      setTimeout(() => {
        store(raw, messageId);
        callback();
      }, delayMs);
    });
  },
});
// A killed sender resets its connection: expected here, not worth a line.
server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'ECONNRESET') process.stderr.write(`disk sink: ${error.message}\n`);
});

process.on('message', (request: Request) => {
  if (request.type === 'count') process.send?.({ type: 'count', distinct: seen.size, total });
  else if (request.type === 'stop')
    server.close(() => {
      closeSync(messages);
      closeSync(accepted);
      process.exit(0);
    });
});
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => {
  const address = server.server.address();
  process.send?.({
    type: 'ready',
    port: typeof address === 'object' && address ? address.port : 0,
  });
});
