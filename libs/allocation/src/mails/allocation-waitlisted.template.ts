import { appLinks, defineTemplate, PREVIEW_PUBLIC_URL } from '@hoicho/notifications/mails';

export interface AllocationWaitlistedData {
  fullName: string;
  producerName: string;
  /** In the recipient's language. */
  fairName: string;
  reference: string;
  /** Đồng already paid (digit string): kept, and counted if a booth is offered later. */
  amountPaid: string;
  paid: boolean;
  applicationUrl: string;
}

/**
 * An approved producer for whom the published allocation had no booth: the application is on
 * the waiting list, first in line by priority when a booth frees up.
 */
export const allocationWaitlisted = defineTemplate({
  name: 'allocation.waitlisted',
  bulk: false,
  subject: {
    vi: 'Hồ sơ {{reference}} chuyển sang danh sách chờ gian hàng: {{fairName}}',
    en: 'Application {{reference}} is on the waiting list for a booth: {{fairName}}',
  },
  html: {
    vi: `<p>Xin chào {{fullName}},</p>
<p>Rất tiếc, khi xếp gian hàng cho <strong>{{fairName}}</strong>, ban tổ chức không còn gian phù hợp với yêu cầu của {{producerName}} (hồ sơ {{reference}}). Hồ sơ đã được chuyển sang danh sách chờ.</p>
<p>Khi có gian hàng trống, ban tổ chức sẽ mời theo thứ tự ưu tiên; lời mời có thời hạn để xác nhận.</p>
{{#if paid}}<p>Số tiền đã nộp ({{vnd amountPaid}}) được giữ nguyên cho hồ sơ này.</p>{{/if}}
<p><a href="{{applicationUrl}}">Xem hồ sơ</a></p>`,
    en: `<p>Hello {{fullName}},</p>
<p>We are sorry: when the booths of <strong>{{fairName}}</strong> were allocated, none was left that fits the request of {{producerName}} (application {{reference}}). The application is now on the waiting list.</p>
<p>When a booth frees up, the organisers offer it in order of priority; an offer must be accepted before it expires.</p>
{{#if paid}}<p>The amount already paid ({{vnd amountPaid}}) stays with this application.</p>{{/if}}
<p><a href="{{applicationUrl}}">View the application</a></p>`,
  },
  text: {
    vi: `Xin chào {{fullName}},

Rất tiếc, khi xếp gian hàng cho {{fairName}}, ban tổ chức không còn gian phù hợp với yêu cầu của {{producerName}} (hồ sơ {{reference}}). Hồ sơ đã được chuyển sang danh sách chờ.

Khi có gian hàng trống, ban tổ chức sẽ mời theo thứ tự ưu tiên; lời mời có thời hạn để xác nhận.
{{#if paid}}
Số tiền đã nộp ({{vnd amountPaid}}) được giữ nguyên cho hồ sơ này.
{{/if}}
Xem hồ sơ: {{applicationUrl}}`,
    en: `Hello {{fullName}},

We are sorry: when the booths of {{fairName}} were allocated, none was left that fits the request of {{producerName}} (application {{reference}}). The application is now on the waiting list.

When a booth frees up, the organisers offer it in order of priority; an offer must be accepted before it expires.
{{#if paid}}
The amount already paid ({{vnd amountPaid}}) stays with this application.
{{/if}}
View the application: {{applicationUrl}}`,
  },
  preview: {
    fullName: 'Trần Thị Bình',
    producerName: 'Cơ sở Gốm Bát Tràng Minh Hải',
    fairName: 'Hội chợ làng nghề Hà Nội 2026',
    reference: 'HC-0A1B2C3D4E',
    amountPaid: '6000000',
    paid: true,
    applicationUrl: appLinks.application(
      PREVIEW_PUBLIC_URL,
      '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    ),
  },
});
