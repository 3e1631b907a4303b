import { defineTemplate } from './mail-template';
import { appLinks, PREVIEW_PUBLIC_URL } from './app-links';

/**
 * A free-form message an organising body sends to many people at once (news, reminders).
 * Bulk: it carries one-click unsubscribe headers and is not sent to an address that
 * unsubscribed. `message` is plain text; blank lines separate paragraphs.
 */
export const campaignGeneric = defineTemplate({
  name: 'campaign.generic',
  bulk: true,
  subject: { vi: '{{bodyName}}: {{subject}}', en: '{{bodyName}}: {{subject}}' },
  html: {
    vi: `<p>Xin chào {{fullName}},</p>
{{paragraphs message}}
{{#if actionUrl}}<p><a href="{{actionUrl}}" style="background:#0c6b58;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">{{actionLabel}}</a></p>{{/if}}
<p>Trân trọng,<br>{{bodyName}}</p>`,
    en: `<p>Hello {{fullName}},</p>
{{paragraphs message}}
{{#if actionUrl}}<p><a href="{{actionUrl}}" style="background:#0c6b58;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">{{actionLabel}}</a></p>{{/if}}
<p>Kind regards,<br>{{bodyName}}</p>`,
  },
  text: {
    vi: `Xin chào {{fullName}},

{{paragraphs message}}
{{#if actionUrl}}

{{actionLabel}}: {{actionUrl}}
{{/if}}

Trân trọng,
{{bodyName}}`,
    en: `Hello {{fullName}},

{{paragraphs message}}
{{#if actionUrl}}

{{actionLabel}}: {{actionUrl}}
{{/if}}

Kind regards,
{{bodyName}}`,
  },
  preview: {
    fullName: 'Phạm Thu Hà',
    bodyName: 'Sở Công Thương Hà Nội',
    subject: 'Hội chợ Làng nghề Mùa thu mở đăng ký',
    message:
      'Hội chợ Làng nghề Mùa thu 2026 diễn ra từ 10 đến 14 tháng 10 tại Cung Văn hóa Hữu nghị.\n\nCác cơ sở sản xuất có thể đăng ký gian hàng đến hết ngày 15 tháng 8.',
    actionUrl: appLinks.fairCall(PREVIEW_PUBLIC_URL, '6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e9f'),
    actionLabel: 'Xem chi tiết',
  },
});
