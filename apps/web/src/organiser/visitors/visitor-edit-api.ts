import { api, unwrap } from '@web/api/client';
import type { components } from '@web/api/schema';

export type BulkEdit = components['schemas']['BulkVisitorsDto'];
export type VisitorChange = components['schemas']['UpdateVisitorDto'];

/** One change to many visitors at once; the server applies it to all or none. */
export const bulkEditVisitors = (bodyId: string, body: BulkEdit) =>
  unwrap(
    api.POST('/api/v1/organising-bodies/{bodyId}/visitors/bulk', {
      params: { path: { bodyId } },
      body,
    }),
  );

export const updateVisitor = (visitorId: string, body: VisitorChange) =>
  unwrap(api.PATCH('/api/v1/visitors/{visitorId}', { params: { path: { visitorId } }, body }));
