import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@web/api/client';
import { ApiError } from '@web/api/api-error';
import type { components, operations } from '@web/api/schema';
import { i18n } from '@web/i18n/i18n';

export type Visitor = components['schemas']['VisitorDto'];
export type VisitorImport = components['schemas']['VisitorImportDto'];
export type VisitorQuery = NonNullable<
  operations['VisitorsController_list']['parameters']['query']
>;
export type Segment = NonNullable<VisitorQuery['segment']>;

export const SEGMENTS: Segment[] = ['buyer', 'press', 'vip', 'public'];
export const VISITOR_PAGE_SIZE = 50;
export const REFUSED_PAGE_SIZE = 100;

export const visitorsKey = (bodyId: string) => ['organiser', 'visitors', bodyId] as const;

export const useVisitors = (bodyId: string, query: VisitorQuery) =>
  useQuery({
    queryKey: [...visitorsKey(bodyId), query],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organising-bodies/{bodyId}/visitors', {
          params: { path: { bodyId }, query },
        }),
      ),
    placeholderData: keepPreviousData,
  });

/**
 * Uploads a list and starts its import at once. The file goes as multipart form data, which
 * the typed client does not build; the session cookie and language ride along as on every call.
 */
export async function uploadVisitorList(bodyId: string, file: File): Promise<VisitorImport> {
  const form = new FormData();
  form.append('file', file);
  const response = await fetch(`/api/v1/organising-bodies/${bodyId}/visitor-imports?start=true`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { 'Accept-Language': i18n.language },
  });
  const body: unknown = await response.json().catch(() => ({}));
  if (!response.ok) throw ApiError.from(response.status, body);
  return body as VisitorImport;
}

const running = (i: VisitorImport | undefined) =>
  i?.status === 'uploaded' || i?.status === 'queued' || i?.status === 'running';

/** An import's progress, polled until it has finished. */
export const useImport = (importId: string | undefined) =>
  useQuery({
    queryKey: ['organiser', 'visitor-import', importId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/visitor-imports/{importId}', {
          params: { path: { importId: importId! } },
        }),
      ),
    enabled: Boolean(importId),
    refetchInterval: (q) => (running(q.state.data) ? 500 : false),
  });

export const useRefusedRows = (importId: string, enabled: boolean, page: number) =>
  useQuery({
    queryKey: ['organiser', 'visitor-import', importId, 'errors', page],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/visitor-imports/{importId}/errors', {
          params: { path: { importId }, query: { page, pageSize: REFUSED_PAGE_SIZE } },
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });

export const useDuplicateRows = (importId: string, enabled: boolean, page: number) =>
  useQuery({
    queryKey: ['organiser', 'visitor-import', importId, 'duplicates', page],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/visitor-imports/{importId}/duplicates', {
          params: { path: { importId }, query: { page, pageSize: REFUSED_PAGE_SIZE } },
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
