import { defineTemplate } from '@hoicho/notifications/mails';
import { SAMPLE_MAIL_PREVIEW, ShowcaseSampleMailData } from './showcase-sample.data';

export interface ShowcaseSampleReturnedData extends ShowcaseSampleMailData {
  signedOffBy: string;
}

/** A showcase sample went back to its producer, signed off. */
export const showcaseSampleReturned = defineTemplate({
  name: 'showcase.sample-returned',
  bulk: false,
  subject: {
    vi: 'Mẫu {{labelCode}} đã được trả lại: {{productName}}',
    en: 'Sample {{labelCode}} returned: {{productName}}',
  },
  html: {
    vi: `<p>Xin chào {{fullName}},</p>
<p>Ban tổ chức <strong>{{fairName}}</strong> đã trả lại {{quantity}} mẫu <strong>{{productName}}</strong> (mã nhãn {{labelCode}}, khu trưng bày «{{showcaseTitle}}») cho {{producerName}}.</p>
<p>Người ký nhận: {{signedOffBy}}, lúc {{time at}} {{date at}}.</p>
<p>Cảm ơn quý đơn vị đã tham gia khu trưng bày.</p>
{{#if samplesUrl}}<p><a href="{{samplesUrl}}">Xem các mẫu trưng bày của bạn</a></p>{{/if}}`,
    en: `<p>Hello {{fullName}},</p>
<p>The organisers of <strong>{{fairName}}</strong> returned {{quantity}} sample(s) of <strong>{{productName}}</strong> (label code {{labelCode}}, showcase “{{showcaseTitle}}”) to {{producerName}}.</p>
<p>Signed off by {{signedOffBy}} at {{time at}} on {{date at}} (Hà Nội).</p>
<p>Thank you for taking part in the showcase.</p>
{{#if samplesUrl}}<p><a href="{{samplesUrl}}">See your showcase samples</a></p>{{/if}}`,
  },
  text: {
    vi: `Xin chào {{fullName}},

Ban tổ chức {{fairName}} đã trả lại {{quantity}} mẫu {{productName}} (mã nhãn {{labelCode}}, khu trưng bày «{{showcaseTitle}}») cho {{producerName}}.

Người ký nhận: {{signedOffBy}}, lúc {{time at}} {{date at}}.

Cảm ơn quý đơn vị đã tham gia khu trưng bày.{{#if samplesUrl}}

Xem các mẫu trưng bày của bạn: {{samplesUrl}}{{/if}}`,
    en: `Hello {{fullName}},

The organisers of {{fairName}} returned {{quantity}} sample(s) of {{productName}} (label code {{labelCode}}, showcase "{{showcaseTitle}}") to {{producerName}}.

Signed off by {{signedOffBy}} at {{time at}} on {{date at}} (Hà Nội).

Thank you for taking part in the showcase.{{#if samplesUrl}}

See your showcase samples: {{samplesUrl}}{{/if}}`,
  },
  preview: {
    ...SAMPLE_MAIL_PREVIEW,
    at: '2026-10-13T16:00:00+07:00',
    signedOffBy: 'Nguyễn Văn An',
  },
});
