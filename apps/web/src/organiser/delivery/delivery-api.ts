import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@web/api/client';
import type { components, operations } from '@web/api/schema';

export type Message = components['schemas']['MessageViewDto'];
export type MessageStatus = Message['status'];
export type MessageQuery = NonNullable<
  operations['DeliveryLogController_list']['parameters']['query']
>;

export const MESSAGE_STATUSES: MessageStatus[] = [
  'queued',
  'sending',
  'sent',
  'retrying',
  'failed',
  'suppressed',
];
export const LOG_PAGE_SIZE = 50;

const unsettled = (m: Message) => ['queued', 'sending', 'retrying'].includes(m.status);

/** One page of the body's delivery log; polled while a mail on it is still on its way. */
export const useMessages = (bodyId: string, query: MessageQuery) =>
  useQuery({
    queryKey: ['organiser', 'messages', bodyId, query],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organising-bodies/{bodyId}/messages', {
          params: { path: { bodyId }, query },
        }),
      ),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.items.some(unsettled) ? 1000 : false),
  });

export const resendMessage = (bodyId: string, messageId: string) =>
  unwrap(
    api.POST('/api/v1/organising-bodies/{bodyId}/messages/{messageId}/resend', {
      params: { path: { bodyId, messageId } },
    }),
  );
