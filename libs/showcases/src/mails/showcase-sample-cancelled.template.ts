import { defineTemplate } from '@hoicho/notifications/mails';
import { SAMPLE_MAIL_PREVIEW, ShowcaseSampleMailData } from './showcase-sample.data';

/** `note` says why. */
export interface ShowcaseSampleCancelledData extends ShowcaseSampleMailData {
  note: string;
}

/** A requested showcase sample never arrived and the organisers cancelled it. */
export const showcaseSampleCancelled = defineTemplate({
  name: 'showcase.sample-cancelled',
  bulk: false,
  subject: {
    vi: 'Mẫu {{labelCode}} đã được huỷ: {{productName}}',
    en: 'Sample {{labelCode}} cancelled: {{productName}}',
  },
  html: {
    vi: `<p>Xin chào {{fullName}},</p>
<p>Ban tổ chức <strong>{{fairName}}</strong> đã huỷ yêu cầu {{quantity}} mẫu <strong>{{productName}}</strong> của {{producerName}} (mã nhãn {{labelCode}}, khu trưng bày «{{showcaseTitle}}»), vì mẫu chưa được gửi đến.</p>
<p>Lý do: {{note}}</p>
<p>Thời gian: {{time at}} {{date at}}. Sản phẩm có thể được mời hoặc đề xuất lại vào khu trưng bày.</p>
{{#if samplesUrl}}<p><a href="{{samplesUrl}}">Xem các mẫu trưng bày của bạn</a></p>{{/if}}`,
    en: `<p>Hello {{fullName}},</p>
<p>The organisers of <strong>{{fairName}}</strong> cancelled the request for {{quantity}} sample(s) of <strong>{{productName}}</strong> from {{producerName}} (label code {{labelCode}}, showcase “{{showcaseTitle}}”), as the sample never arrived.</p>
<p>Reason: {{note}}</p>
<p>Recorded at {{time at}} on {{date at}} (Hà Nội). The product may be invited or proposed into the showcase again.</p>
{{#if samplesUrl}}<p><a href="{{samplesUrl}}">See your showcase samples</a></p>{{/if}}`,
  },
  text: {
    vi: `Xin chào {{fullName}},

Ban tổ chức {{fairName}} đã huỷ yêu cầu {{quantity}} mẫu {{productName}} của {{producerName}} (mã nhãn {{labelCode}}, khu trưng bày «{{showcaseTitle}}»), vì mẫu chưa được gửi đến.

Lý do: {{note}}

Thời gian: {{time at}} {{date at}}. Sản phẩm có thể được mời hoặc đề xuất lại vào khu trưng bày.{{#if samplesUrl}}

Xem các mẫu trưng bày của bạn: {{samplesUrl}}{{/if}}`,
    en: `Hello {{fullName}},

The organisers of {{fairName}} cancelled the request for {{quantity}} sample(s) of {{productName}} from {{producerName}} (label code {{labelCode}}, showcase "{{showcaseTitle}}"), as the sample never arrived.

Reason: {{note}}

Recorded at {{time at}} on {{date at}} (Hà Nội). The product may be invited or proposed into the showcase again.{{#if samplesUrl}}

See your showcase samples: {{samplesUrl}}{{/if}}`,
  },
  preview: {
    ...SAMPLE_MAIL_PREVIEW,
    at: '2026-10-09T10:00:00+07:00',
    note: 'Hợp tác xã không kịp gửi mẫu trước ngày khai mạc',
  },
});
