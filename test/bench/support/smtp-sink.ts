/**
 * A minimal, fast SMTP server for the mail benchmark, run as a child process (forked with an
 * IPC channel). It accepts everything, keeps nothing but a count per Message-ID, and answers
 * the parent over IPC:
 *   → { type: 'expect', target }   ← { type: 'reached', at } once `target` distinct Message-IDs arrived
 *   → { type: 'report' }           ← { type: 'report', total, counts: [messageId, count][] } (and resets)
 * It announces itself with { type: 'ready', port }.
 */
import { SMTPServer } from 'smtp-server';

type Request = { type: 'expect'; target: number } | { type: 'report' } | { type: 'stop' };

let counts = new Map<string, number>();
let total = 0;
let target = Infinity;

const send = (message: object) => process.send?.(message);

function received(messageId: string): void {
  total++;
  const seen = counts.get(messageId);
  counts.set(messageId, (seen ?? 0) + 1);
  if (seen === undefined && counts.size >= target) {
    target = Infinity;
    send({ type: 'reached', at: Date.now(), total, distinct: counts.size });
  }
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
    let head = '';
    let messageId: string | undefined;
    stream.on('data', (chunk: Buffer) => {
      if (messageId !== undefined || head.length > 32 * 1024) return;
      head += chunk.toString('latin1');
      const match = /(?:^|\r\n)message-id:[ \t]*<?([^>\r\n]+)>?/i.exec(head);
      if (match) messageId = match[1].trim();
      else if (head.includes('\r\n\r\n')) messageId = '';
    });
    stream.on('end', () => {
      received(messageId ?? '');
      callback();
    });
  },
});
server.on('error', (error) => process.stderr.write(`smtp sink: ${error.message}\n`));

process.on('message', (request: Request) => {
  if (request.type === 'expect') {
    if (counts.size >= request.target)
      send({ type: 'reached', at: Date.now(), total, distinct: counts.size });
    else target = request.target;
  } else if (request.type === 'report') {
    send({ type: 'report', total, counts: [...counts] });
    counts = new Map();
    total = 0;
  } else if (request.type === 'stop') {
    server.close(() => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));

server.listen(Number(process.env.SINK_PORT ?? 0), '127.0.0.1', () => {
  const address = server.server.address();
  send({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 });
});
