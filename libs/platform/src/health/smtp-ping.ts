import { connect } from 'node:net';
import { connect as connectTls } from 'node:tls';

/** Opens a connection and waits for the server's 220 greeting, then says QUIT. */
export function smtpPing(url: string, timeoutMs = 3000): Promise<void> {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'smtps:';
  const port = Number(parsed.port || (secure ? 465 : 25));
  return new Promise((resolve, reject) => {
    const socket = secure
      ? connectTls({ host: parsed.hostname, port, servername: parsed.hostname })
      : connect({ host: parsed.hostname, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no greeting'));
    }, timeoutMs);
    socket.once('data', (chunk) => {
      clearTimeout(timer);
      socket.end('QUIT\r\n');
      if (chunk.toString().startsWith('220')) resolve();
      else reject(new Error(chunk.toString().trim()));
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
