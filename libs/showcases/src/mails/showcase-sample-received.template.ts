import { defineTemplate } from '@hoicho/notifications/mails';
import { SAMPLE_MAIL_PREVIEW, ShowcaseSampleMailData } from './showcase-sample.data';

export interface ShowcaseSampleReceivedData extends ShowcaseSampleMailData {
  receivedBy: string;
  condition: 'good' | 'minor_defects' | 'damaged';
  note: string | null;
}

/** The organisers took a producer's sample into custody for a showcase. */
export const showcaseSampleReceived = defineTemplate({
  name: 'showcase.sample-received',
  bulk: false,
  subject: {
    vi: 'Ban tổ chức đã nhận mẫu {{labelCode}}: {{productName}}',
    en: 'Sample {{labelCode}} received: {{productName}}',
  },
  html: {
    vi: `<p>Xin chào {{fullName}},</p>
<p>Ban tổ chức <strong>{{fairName}}</strong> đã nhận {{quantity}} mẫu <strong>{{productName}}</strong> của {{producerName}} cho khu trưng bày «{{showcaseTitle}}».</p>
<table style="border-collapse:collapse">
<tr><td style="padding:2px 12px 2px 0">Mã nhãn</td><td><strong>{{labelCode}}</strong></td></tr>
<tr><td style="padding:2px 12px 2px 0">Thời gian</td><td>{{time at}} {{date at}}</td></tr>
<tr><td style="padding:2px 12px 2px 0">Người nhận</td><td>{{receivedBy}}</td></tr>
<tr><td style="padding:2px 12px 2px 0">Tình trạng</td><td>{{#if (eq condition "good")}}Tốt{{/if}}{{#if (eq condition "minor_defects")}}Có lỗi nhỏ{{/if}}{{#if (eq condition "damaged")}}Hư hỏng{{/if}}</td></tr>
</table>
{{#if note}}<p>Ghi chú: {{note}}</p>{{/if}}
<p>Vui lòng giữ mã nhãn {{labelCode}} để nhận lại mẫu khi hội chợ kết thúc.</p>
{{#if samplesUrl}}<p><a href="{{samplesUrl}}">Xem các mẫu trưng bày của bạn</a></p>{{/if}}`,
    en: `<p>Hello {{fullName}},</p>
<p>The organisers of <strong>{{fairName}}</strong> received {{quantity}} sample(s) of <strong>{{productName}}</strong> from {{producerName}} for the showcase “{{showcaseTitle}}”.</p>
<table style="border-collapse:collapse">
<tr><td style="padding:2px 12px 2px 0">Label code</td><td><strong>{{labelCode}}</strong></td></tr>
<tr><td style="padding:2px 12px 2px 0">Time</td><td>{{time at}} {{date at}} (Hà Nội)</td></tr>
<tr><td style="padding:2px 12px 2px 0">Received by</td><td>{{receivedBy}}</td></tr>
<tr><td style="padding:2px 12px 2px 0">Condition</td><td>{{#if (eq condition "good")}}Good{{/if}}{{#if (eq condition "minor_defects")}}Minor defects{{/if}}{{#if (eq condition "damaged")}}Damaged{{/if}}</td></tr>
</table>
{{#if note}}<p>Note: {{note}}</p>{{/if}}
<p>Please keep the label code {{labelCode}} to collect the sample when the fair ends.</p>
{{#if samplesUrl}}<p><a href="{{samplesUrl}}">See your showcase samples</a></p>{{/if}}`,
  },
  text: {
    vi: `Xin chào {{fullName}},

Ban tổ chức {{fairName}} đã nhận {{quantity}} mẫu {{productName}} của {{producerName}} cho khu trưng bày «{{showcaseTitle}}».

Mã nhãn: {{labelCode}}
Thời gian: {{time at}} {{date at}}
Người nhận: {{receivedBy}}
Tình trạng: {{#if (eq condition "good")}}Tốt{{/if}}{{#if (eq condition "minor_defects")}}Có lỗi nhỏ{{/if}}{{#if (eq condition "damaged")}}Hư hỏng{{/if}}
{{#if note}}Ghi chú: {{note}}
{{/if}}
Vui lòng giữ mã nhãn {{labelCode}} để nhận lại mẫu khi hội chợ kết thúc.{{#if samplesUrl}}

Xem các mẫu trưng bày của bạn: {{samplesUrl}}{{/if}}`,
    en: `Hello {{fullName}},

The organisers of {{fairName}} received {{quantity}} sample(s) of {{productName}} from {{producerName}} for the showcase "{{showcaseTitle}}".

Label code: {{labelCode}}
Time: {{time at}} {{date at}} (Hà Nội)
Received by: {{receivedBy}}
Condition: {{#if (eq condition "good")}}Good{{/if}}{{#if (eq condition "minor_defects")}}Minor defects{{/if}}{{#if (eq condition "damaged")}}Damaged{{/if}}
{{#if note}}Note: {{note}}
{{/if}}
Please keep the label code {{labelCode}} to collect the sample when the fair ends.{{#if samplesUrl}}

See your showcase samples: {{samplesUrl}}{{/if}}`,
  },
  preview: {
    ...SAMPLE_MAIL_PREVIEW,
    at: '2026-10-09T09:30:00+07:00',
    receivedBy: 'Trần Thị Bình',
    condition: 'good',
    note: null,
  },
});
