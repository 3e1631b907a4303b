/** How a failed send should be treated. */
export type SmtpFailure = { permanent: boolean; reason: string };

/** 5xx answers are final; 4xx answers and network errors are worth another try. */
export function classifySmtpFailure(error: unknown): SmtpFailure {
  const e = error as { responseCode?: number; response?: string; code?: string; message?: string };
  const reason = (e.response ?? e.message ?? String(error)).slice(0, 1000);
  if (typeof e.responseCode === 'number') return { permanent: e.responseCode >= 500, reason };
  return { permanent: false, reason: e.code ? `${e.code}: ${reason}` : reason };
}
