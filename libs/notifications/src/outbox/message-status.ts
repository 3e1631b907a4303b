export enum MessageStatus {
  Queued = 'queued',
  Sending = 'sending',
  Sent = 'sent',
  Retrying = 'retrying',
  Failed = 'failed',
  Suppressed = 'suppressed',
}

export const MESSAGE_STATUSES = Object.values(MessageStatus);

export type Locale = 'vi' | 'en';
export const LOCALES: Locale[] = ['vi', 'en'];
