import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@web/api/client';
import type { components } from '@web/api/schema';

export type Application = components['schemas']['ApplicationDto'];

/** The producer's own applications, newest first. */
export const useMyApplications = (enabled = true) =>
  useQuery({
    queryKey: ['applications'],
    queryFn: () => unwrap(api.GET('/api/v1/applications')),
    enabled,
  });

export const useApplication = (applicationId: string) =>
  useQuery({
    queryKey: ['applications', applicationId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/applications/{applicationId}', { params: { path: { applicationId } } }),
      ),
  });
