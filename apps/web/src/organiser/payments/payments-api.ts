import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@web/api/client';
import type { components } from '@web/api/schema';

export type Payer = components['schemas']['PayerDto'];
export type PayerFilter = 'all' | 'unpaid' | 'deposit_paid' | 'paid' | 'overdue';
export type StatementImport = components['schemas']['StatementImportDto'];
export type StatementLine = components['schemas']['StatementLineDto'];

export const paymentsKey = (fairId: string) => ['organiser', 'fair', fairId, 'payments'] as const;

export const usePayers = (fairId: string, status: PayerFilter, q: string) =>
  useQuery({
    queryKey: [...paymentsKey(fairId), 'payers', status, q],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/fairs/{fairId}/payers', {
          params: { path: { fairId }, query: { status, ...(q ? { q } : {}) } },
        }),
      ),
  });

export const useOpenLines = (fairId: string) =>
  useQuery({
    queryKey: [...paymentsKey(fairId), 'open'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/fairs/{fairId}/statement-lines/open', { params: { path: { fairId } } }),
      ),
  });

export const useBanks = () =>
  useQuery({
    queryKey: ['organiser', 'banks'],
    queryFn: () => unwrap(api.GET('/api/v1/banks')),
    staleTime: Infinity,
  });

export const useBankAccount = (bodyId: string) =>
  useQuery({
    queryKey: ['organiser', 'body', bodyId, 'bank-account'],
    queryFn: async () => {
      const res = await api.GET('/api/v1/organising-bodies/{bodyId}/bank-account', {
        params: { path: { bodyId } },
      });
      return res.response.status === 404 ? null : unwrap(Promise.resolve(res));
    },
  });

export const useMappings = (fairId: string) =>
  useQuery({
    queryKey: [...paymentsKey(fairId), 'mappings'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/fairs/{fairId}/statement-mappings', { params: { path: { fairId } } }),
      ),
  });

/** Uploads a statement (multipart): the file, the bank and the column mapping. */
export async function importStatement(
  fairId: string,
  file: File,
  bankBin: string,
  mapping: Record<string, string>,
): Promise<StatementImport> {
  const form = new FormData();
  form.append('file', file);
  form.append('bankBin', bankBin);
  form.append('mapping', JSON.stringify(mapping));
  return unwrap(
    api.POST('/api/v1/fairs/{fairId}/statement-imports', {
      params: { path: { fairId } },
      // openapi-fetch sends FormData as it is.
      body: form as never,
      bodySerializer: (body) => body as unknown as FormData,
    }),
  );
}

export const receiptUrl = (fairId: string, paymentId: string) =>
  `/api/v1/fairs/${fairId}/payments/${paymentId}/receipt.pdf`;
