import { appLinks, defineTemplate, PREVIEW_PUBLIC_URL } from '@hoicho/notifications/mails';
import {
  PAYMENT_HTML,
  PAYMENT_PREVIEW,
  PAYMENT_TEXT,
  PaymentBlockData,
  paymentQrAttachment,
} from '@hoicho/accounts/mails';

/** A booth as the letter names it: zone and type in the recipient's language. */
export interface AllocationBoothLine {
  code: string;
  zone: string;
  type: string;
  corner: boolean;
  /** The booth's type price in đồng (a corner booth's type, not the standard one); null if unknown. */
  price: string | null;
}

/** Money is đồng as digit strings; `amountDue` is null when the application was never priced. */
export interface AllocationBoothsData {
  fullName: string;
  producerName: string;
  /** In the recipient's language. */
  fairName: string;
  reference: string;
  booths: AllocationBoothLine[];
  /** The booths' total at their types' prices, before support; null when never priced. */
  fee: string | null;
  amountDue: string | null;
  amountPaid: string;
  /** What is still to pay: amount due minus what was paid. */
  outstanding: string | null;
  /** How to pay what is asked now (VietQR and in words); absent without a bank account. */
  payment?: PaymentBlockData | null;
  applicationUrl: string;
}

/**
 * The producer's booth(s), sent when an allocation is published (or a waiting-list offer is
 * accepted): codes, zones and types, and the money still due with the transfer reference.
 */
export const allocationBooths = defineTemplate({
  name: 'allocation.booths',
  bulk: false,
  subject: {
    vi: 'Gian hàng của {{producerName}} tại {{fairName}}: {{#each booths}}{{#if @index}}, {{/if}}{{code}}{{/each}}',
    en: 'Your booth(s) at {{fairName}}: {{#each booths}}{{#if @index}}, {{/if}}{{code}}{{/each}}',
  },
  html: {
    vi: `<p>Xin chào {{fullName}},</p>
<p>Ban tổ chức <strong>{{fairName}}</strong> đã xếp gian hàng cho {{producerName}} (hồ sơ {{reference}}):</p>
<table style="border-collapse:collapse">
<tr><th style="text-align:left;padding:2px 12px 2px 0">Gian</th><th style="text-align:left;padding:2px 12px 2px 0">Khu</th><th style="text-align:left;padding:2px 12px 2px 0">Loại gian</th><th style="text-align:right;padding:2px 0">Giá</th></tr>
{{#each booths}}<tr><td style="padding:2px 12px 2px 0"><strong>{{code}}</strong>{{#if corner}} (gian góc){{/if}}</td><td style="padding:2px 12px 2px 0">{{zone}}</td><td style="padding:2px 12px 2px 0">{{type}}</td><td style="text-align:right;padding:2px 0">{{#if price}}{{vnd price}}{{/if}}</td></tr>
{{/each}}</table>
{{#if amountDue}}<table style="border-collapse:collapse;margin-top:8px">
<tr><td style="padding:2px 12px 2px 0">Tổng giá gian hàng</td><td style="text-align:right">{{vnd fee}}</td></tr>
<tr><td style="padding:2px 12px 2px 0">Số tiền phải nộp (sau hỗ trợ)</td><td style="text-align:right">{{vnd amountDue}}</td></tr>
<tr><td style="padding:2px 12px 2px 0">Đã nộp</td><td style="text-align:right">{{vnd amountPaid}}</td></tr>
<tr><td style="padding:2px 12px 2px 0"><strong>Còn phải nộp</strong></td><td style="text-align:right"><strong>{{vnd outstanding}}</strong></td></tr>
</table>
<p>Khi chuyển khoản, vui lòng ghi nội dung: <strong>{{reference}}</strong>.</p>
${PAYMENT_HTML.vi}{{/if}}
<p><a href="{{applicationUrl}}">Xem hồ sơ</a></p>`,
    en: `<p>Hello {{fullName}},</p>
<p>The organisers of <strong>{{fairName}}</strong> have allocated booth(s) to {{producerName}} (application {{reference}}):</p>
<table style="border-collapse:collapse">
<tr><th style="text-align:left;padding:2px 12px 2px 0">Booth</th><th style="text-align:left;padding:2px 12px 2px 0">Zone</th><th style="text-align:left;padding:2px 12px 2px 0">Type</th><th style="text-align:right;padding:2px 0">Price</th></tr>
{{#each booths}}<tr><td style="padding:2px 12px 2px 0"><strong>{{code}}</strong>{{#if corner}} (corner){{/if}}</td><td style="padding:2px 12px 2px 0">{{zone}}</td><td style="padding:2px 12px 2px 0">{{type}}</td><td style="text-align:right;padding:2px 0">{{#if price}}{{vnd price}}{{/if}}</td></tr>
{{/each}}</table>
{{#if amountDue}}<table style="border-collapse:collapse;margin-top:8px">
<tr><td style="padding:2px 12px 2px 0">Booths total</td><td style="text-align:right">{{vnd fee}}</td></tr>
<tr><td style="padding:2px 12px 2px 0">Amount due (after support)</td><td style="text-align:right">{{vnd amountDue}}</td></tr>
<tr><td style="padding:2px 12px 2px 0">Paid</td><td style="text-align:right">{{vnd amountPaid}}</td></tr>
<tr><td style="padding:2px 12px 2px 0"><strong>Still to pay</strong></td><td style="text-align:right"><strong>{{vnd outstanding}}</strong></td></tr>
</table>
<p>Please quote <strong>{{reference}}</strong> in your bank transfer.</p>
${PAYMENT_HTML.en}{{/if}}
<p><a href="{{applicationUrl}}">View the application</a></p>`,
  },
  text: {
    vi: `Xin chào {{fullName}},

Ban tổ chức {{fairName}} đã xếp gian hàng cho {{producerName}} (hồ sơ {{reference}}):
{{#each booths}}
- {{code}}{{#if corner}} (gian góc){{/if}}: khu {{zone}}, {{type}}{{#if price}}, {{vnd price}}{{/if}}{{/each}}
{{#if amountDue}}
Tổng giá gian hàng: {{vnd fee}}
Số tiền phải nộp (sau hỗ trợ): {{vnd amountDue}}
Đã nộp: {{vnd amountPaid}}
Còn phải nộp: {{vnd outstanding}}

Khi chuyển khoản, vui lòng ghi nội dung: {{reference}}
${PAYMENT_TEXT.vi}{{/if}}
Xem hồ sơ: {{applicationUrl}}`,
    en: `Hello {{fullName}},

The organisers of {{fairName}} have allocated booth(s) to {{producerName}} (application {{reference}}):
{{#each booths}}
- {{code}}{{#if corner}} (corner){{/if}}: zone {{zone}}, {{type}}{{#if price}}, {{vnd price}}{{/if}}{{/each}}
{{#if amountDue}}
Booths total: {{vnd fee}}
Amount due (after support): {{vnd amountDue}}
Paid: {{vnd amountPaid}}
Still to pay: {{vnd outstanding}}

Please quote {{reference}} in your bank transfer.
${PAYMENT_TEXT.en}{{/if}}
View the application: {{applicationUrl}}`,
  },
  attachments: (data) => paymentQrAttachment(data.payment),
  preview: {
    payment: PAYMENT_PREVIEW,
    fullName: 'Nguyễn Văn An',
    producerName: 'HTX Mây tre đan Phú Vinh',
    fairName: 'Hội chợ làng nghề Hà Nội 2026',
    reference: 'HC-3F2A9B10C4',
    booths: [
      { code: 'A-01', zone: 'Mây tre đan', type: 'Gian góc 3×3', corner: true, price: '14000000' },
      {
        code: 'A-02',
        zone: 'Mây tre đan',
        type: 'Gian tiêu chuẩn 3×3',
        corner: false,
        price: '10000000',
      },
    ],
    fee: '24000000',
    amountDue: '12000000',
    amountPaid: '6000000',
    outstanding: '6000000',
    applicationUrl: appLinks.application(
      PREVIEW_PUBLIC_URL,
      '3f2a9b10-c4d5-4e6f-8a9b-0c1d2e3f4a5b',
    ),
  },
});
