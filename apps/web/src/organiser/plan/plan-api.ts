import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@web/api/client';
import { ApiError } from '@web/api/api-error';
import type { components } from '@web/api/schema';
import { i18n } from '@web/i18n/i18n';

export type Plan = components['schemas']['PlanDto'];
export type PlanBooth = components['schemas']['PlanBoothDto'];
export type BoothChange = components['schemas']['UpdateBoothDto'];
export type GridSpec = components['schemas']['PlanGridDto'];
export type PlanChange = components['schemas']['PlanChangeDto'];
export type ImportMode = 'replace' | 'append';

export const planKey = (fairId: string) => ['organiser', 'fair', fairId, 'plan'] as const;

export const usePlan = (fairId: string) =>
  useQuery({
    queryKey: planKey(fairId),
    queryFn: () => unwrap(api.GET('/api/v1/fairs/{fairId}/plan', { params: { path: { fairId } } })),
  });

/** After any change the plan is read again: neighbours and corners are the API's to derive. */
export function useRefreshPlan(fairId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: planKey(fairId) });
}

export const generateGrid = (fairId: string, body: GridSpec) =>
  unwrap(api.POST('/api/v1/fairs/{fairId}/plan/grid', { params: { path: { fairId } }, body }));

export const updateBooth = (fairId: string, boothId: string, body: BoothChange) =>
  unwrap(
    api.PATCH('/api/v1/fairs/{fairId}/booths/{boothId}', {
      params: { path: { fairId, boothId } },
      body,
    }),
  );

/** One request: the other booth goes and the keeper takes its floor (the API checks the plan). */
export const mergeBooths = (fairId: string, keeperId: string, otherId: string) =>
  unwrap(
    api.POST('/api/v1/fairs/{fairId}/booths/{boothId}/merge', {
      params: { path: { fairId, boothId: keeperId } },
      body: { with: otherId },
    }),
  );

/** One request: a booth two of its type long becomes two (the second coded "<code>B"). */
export const splitBooth = (fairId: string, boothId: string) =>
  unwrap(
    api.POST('/api/v1/fairs/{fairId}/booths/{boothId}/split', {
      params: { path: { fairId, boothId } },
    }),
  );

export const setTypePrice = (fairId: string, typeId: string, price: string) =>
  unwrap(
    api.PATCH('/api/v1/fairs/{fairId}/booth-types/{boothTypeId}', {
      params: { path: { fairId, boothTypeId: typeId } },
      body: { price },
    }),
  );

/**
 * Uploads a CSV or JSON file (the API tells them apart by name) and answers what changed; a
 * refused file is an ApiError whose fields carry the lines at fault.
 */
export async function importPlan(
  fairId: string,
  file: File,
  mode: ImportMode,
): Promise<PlanChange> {
  const form = new FormData();
  form.append('file', file);
  const response = await fetch(`/api/v1/fairs/${fairId}/plan/import?mode=${mode}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Accept-Language': i18n.language },
    body: form,
  });
  const body: unknown = await response.json().catch(() => ({}));
  if (!response.ok) throw ApiError.from(response.status, body);
  return body as PlanChange;
}
