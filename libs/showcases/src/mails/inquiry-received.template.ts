import { appLinks, defineTemplate, PREVIEW_PUBLIC_URL } from '@hoicho/notifications/mails';

/** A buyer's inquiry as the producer reads it; names and the country in the recipient's language. */
export interface InquiryReceivedData {
  fullName: string;
  producerName: string;
  productName: string;
  fairName: string;
  /** Set when the buyer scanned a showcase sample's label. */
  labelCode: string | null;
  buyerName: string;
  company: string | null;
  email: string;
  country: string;
  quantity: number | null;
  message: string;
  /** The inquiry's screen in the producer's area. */
  inquiryUrl: string;
}

/** A visitor asked about a product from its public page or a sample label. */
export const inquiryReceived = defineTemplate({
  name: 'inquiry.received',
  bulk: false,
  // The producer's "Reply" goes to the buyer, not to the platform's no-reply sender.
  replyTo: (data) => ({ name: data.buyerName, address: data.email }),
  subject: {
    vi: 'Yêu cầu mới từ khách hàng: {{productName}}',
    en: 'New buyer inquiry: {{productName}}',
  },
  html: {
    vi: `<p>Xin chào {{fullName}},</p>
<p>Một khách hàng quan tâm đến <strong>{{productName}}</strong> của {{producerName}} tại <strong>{{fairName}}</strong>{{#if labelCode}} (qua nhãn mẫu {{labelCode}}){{/if}}.</p>
<table style="border-collapse:collapse">
<tr><td style="padding:2px 12px 2px 0">Người liên hệ</td><td>{{buyerName}}</td></tr>
{{#if company}}<tr><td style="padding:2px 12px 2px 0">Công ty</td><td>{{company}}</td></tr>{{/if}}
<tr><td style="padding:2px 12px 2px 0">Email</td><td><a href="mailto:{{email}}">{{email}}</a></td></tr>
<tr><td style="padding:2px 12px 2px 0">Quốc gia</td><td>{{country}}</td></tr>
{{#if quantity}}<tr><td style="padding:2px 12px 2px 0">Số lượng</td><td>{{quantity}}</td></tr>{{/if}}
</table>
{{paragraphs message}}
<p>Bấm «Trả lời» để trả lời thẳng cho khách. <a href="{{inquiryUrl}}">Xem yêu cầu trên Hội Chợ</a></p>`,
    en: `<p>Hello {{fullName}},</p>
<p>A buyer is interested in <strong>{{productName}}</strong> by {{producerName}} at <strong>{{fairName}}</strong>{{#if labelCode}} (from sample label {{labelCode}}){{/if}}.</p>
<table style="border-collapse:collapse">
<tr><td style="padding:2px 12px 2px 0">Contact</td><td>{{buyerName}}</td></tr>
{{#if company}}<tr><td style="padding:2px 12px 2px 0">Company</td><td>{{company}}</td></tr>{{/if}}
<tr><td style="padding:2px 12px 2px 0">Email</td><td><a href="mailto:{{email}}">{{email}}</a></td></tr>
<tr><td style="padding:2px 12px 2px 0">Country</td><td>{{country}}</td></tr>
{{#if quantity}}<tr><td style="padding:2px 12px 2px 0">Quantity</td><td>{{quantity}}</td></tr>{{/if}}
</table>
{{paragraphs message}}
<p>Press “Reply” to answer the buyer directly. <a href="{{inquiryUrl}}">Open the inquiry on Hội Chợ</a></p>`,
  },
  text: {
    vi: `Xin chào {{fullName}},

Một khách hàng quan tâm đến {{productName}} của {{producerName}} tại {{fairName}}{{#if labelCode}} (qua nhãn mẫu {{labelCode}}){{/if}}.

Người liên hệ: {{buyerName}}
{{#if company}}Công ty: {{company}}
{{/if}}Email: {{email}}
Quốc gia: {{country}}
{{#if quantity}}Số lượng: {{quantity}}
{{/if}}
{{paragraphs message}}

Bấm «Trả lời» để trả lời thẳng cho khách.
Xem yêu cầu trên Hội Chợ: {{inquiryUrl}}`,
    en: `Hello {{fullName}},

A buyer is interested in {{productName}} by {{producerName}} at {{fairName}}{{#if labelCode}} (from sample label {{labelCode}}){{/if}}.

Contact: {{buyerName}}
{{#if company}}Company: {{company}}
{{/if}}Email: {{email}}
Country: {{country}}
{{#if quantity}}Quantity: {{quantity}}
{{/if}}
{{paragraphs message}}

Press Reply to answer the buyer directly.
Open the inquiry on Hội Chợ: {{inquiryUrl}}`,
  },
  preview: {
    fullName: 'Nguyễn Văn An',
    producerName: 'HTX Mây tre đan Phú Vinh',
    productName: 'Chao đèn mây',
    fairName: 'Hội chợ làng nghề Hà Nội 2026',
    labelCode: 'S-0007',
    buyerName: 'Anna Schmidt',
    company: 'Nordic Home GmbH',
    email: 'anna@nordichome.example',
    country: 'Đức',
    quantity: 500,
    message: 'We would like a quotation for 500 lamp shades.\n\nCan you ship to Hamburg?',
    inquiryUrl: appLinks.inquiry(PREVIEW_PUBLIC_URL, '3f2a9b10-c4d5-4e6f-8a9b-0c1d2e3f4a5b'),
  },
});
