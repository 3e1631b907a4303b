import { randomUUID } from 'node:crypto';

export interface CapturedMessage {
  id: string;
  receivedAt: Date;
  envelopeFrom: string;
  envelopeTo: string[];
  messageId: string | undefined;
  subject: string;
  from: string;
  to: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  attachments: { filename: string; contentType: string; content: Buffer }[];
}

type Listener = (message: CapturedMessage) => void;

/** What the capture server received, newest last; bounded so a long dev session stays small. */
export class MailboxStore {
  private readonly messages: CapturedMessage[] = [];
  private readonly listeners = new Set<Listener>();
  /** Addresses the capture server refuses (550), as a real one refuses a mailbox gone. */
  private readonly unreachable = new Set<string>();

  constructor(private readonly capacity = 2000) {}

  add(message: Omit<CapturedMessage, 'id' | 'receivedAt'>): CapturedMessage {
    const stored = { ...message, id: randomUUID(), receivedAt: new Date() };
    this.messages.push(stored);
    if (this.messages.length > this.capacity) this.messages.shift();
    for (const listener of this.listeners) listener(stored);
    return stored;
  }

  list(filter: { to?: string } = {}): CapturedMessage[] {
    const to = filter.to?.toLowerCase();
    return this.messages.filter((m) => !to || m.envelopeTo.some((r) => r.toLowerCase() === to));
  }

  get(id: string): CapturedMessage | undefined {
    return this.messages.find((m) => m.id === id);
  }

  /** Makes the server refuse (or accept again) one address, to try failures and re-sends. */
  setUnreachable(address: string, unreachable: boolean): void {
    if (unreachable) this.unreachable.add(address.toLowerCase());
    else this.unreachable.delete(address.toLowerCase());
  }

  isUnreachable(address: string): boolean {
    return this.unreachable.has(address.toLowerCase());
  }

  clear(): void {
    this.messages.length = 0;
  }

  /** Resolves once `predicate` holds for the stored messages, or rejects after `timeoutMs`. */
  waitFor(
    predicate: (messages: CapturedMessage[]) => boolean,
    timeoutMs = 15_000,
  ): Promise<CapturedMessage[]> {
    if (predicate(this.messages)) return Promise.resolve([...this.messages]);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(
          new Error(
            `mailbox: condition not met within ${timeoutMs} ms (${this.messages.length} messages)`,
          ),
        );
      }, timeoutMs);
      const listener = () => {
        if (!predicate(this.messages)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve([...this.messages]);
      };
      this.listeners.add(listener);
    });
  }
}
