import { appLinks, defineTemplate, PREVIEW_PUBLIC_URL } from '@hoicho/notifications/mails';
import {
  PAYMENT_HTML,
  PAYMENT_PREVIEW,
  PAYMENT_TEXT,
  PaymentBlockData,
  paymentQrAttachment,
} from '@hoicho/accounts/mails';

/** Money is đồng as digit strings, and null unless the decision is an approval. */
export interface ApplicationDecisionData {
  fullName: string;
  producerName: string;
  /** In the recipient's language. */
  fairName: string;
  reference: string;
  decision: 'approved' | 'rejected' | 'waitlisted';
  boothsWanted: number;
  /** The organiser's note; the reason of a rejection. */
  reason: string | null;
  fee: string | null;
  subsidy: string | null;
  amountDue: string | null;
  depositPercent: number | null;
  deposit: string | null;
  /** The deposit's due day (dd/MM/yyyy) from the fair's payment terms; null: due now. */
  depositDueOn?: string | null;
  balance: string | null;
  /** Set when support was granted. */
  programmeName: string | null;
  /** How to pay what is asked now (VietQR and in words); absent without a bank account. */
  payment?: PaymentBlockData | null;
  applicationUrl: string;
}

/**
 * The organiser's decision on an application, sent when decisions are released. An approval
 * carries the money: booth fee, support granted, amount due and the deposit to pay now, with
 * the application's reference for the bank transfer.
 */
export const applicationDecision = defineTemplate({
  name: 'application.decision',
  bulk: false,
  subject: {
    vi: '{{#if (eq decision "approved")}}Hồ sơ {{reference}} đã được duyệt{{/if}}{{#if (eq decision "rejected")}}Hồ sơ {{reference}} không được chấp nhận{{/if}}{{#if (eq decision "waitlisted")}}Hồ sơ {{reference}} trong danh sách chờ{{/if}}: {{fairName}}',
    en: '{{#if (eq decision "approved")}}Application {{reference}} approved{{/if}}{{#if (eq decision "rejected")}}Application {{reference}} not accepted{{/if}}{{#if (eq decision "waitlisted")}}Application {{reference}} on the waiting list{{/if}}: {{fairName}}',
  },
  html: {
    vi: `<p>Xin chào {{fullName}},</p>
{{#if (eq decision "approved")}}<p>Ban tổ chức <strong>{{fairName}}</strong> đã duyệt hồ sơ {{reference}} của {{producerName}} ({{boothsWanted}} gian hàng).</p>
<table style="border-collapse:collapse">
<tr><td style="padding:2px 12px 2px 0">Phí gian hàng</td><td style="text-align:right">{{vnd fee}}</td></tr>
{{#if programmeName}}<tr><td style="padding:2px 12px 2px 0">Hỗ trợ ({{programmeName}})</td><td style="text-align:right">−{{vnd subsidy}}</td></tr>{{/if}}
<tr><td style="padding:2px 12px 2px 0"><strong>Số tiền phải nộp</strong></td><td style="text-align:right"><strong>{{vnd amountDue}}</strong></td></tr>
<tr><td style="padding:2px 12px 2px 0">Đặt cọc ({{depositPercent}}%) {{#if depositDueOn}}cần nộp trước ngày {{depositDueOn}}{{else}}cần nộp ngay{{/if}}</td><td style="text-align:right">{{vnd deposit}}</td></tr>
<tr><td style="padding:2px 12px 2px 0">Phần còn lại</td><td style="text-align:right">{{vnd balance}}</td></tr>
</table>
<p>Khi chuyển khoản, vui lòng ghi nội dung: <strong>{{reference}}</strong>.</p>
${PAYMENT_HTML.vi}{{/if}}
{{#if (eq decision "rejected")}}<p>Rất tiếc, hồ sơ {{reference}} của {{producerName}} tham gia <strong>{{fairName}}</strong> không được chấp nhận.</p>{{/if}}
{{#if (eq decision "waitlisted")}}<p>Hồ sơ {{reference}} của {{producerName}} tham gia <strong>{{fairName}}</strong> đã được đưa vào danh sách chờ. Ban tổ chức sẽ báo ngay khi có gian hàng trống.</p>{{/if}}
{{#if reason}}<p>Ghi chú của ban tổ chức: {{reason}}</p>{{/if}}
<p><a href="{{applicationUrl}}">Xem hồ sơ</a></p>`,
    en: `<p>Hello {{fullName}},</p>
{{#if (eq decision "approved")}}<p>The organisers of <strong>{{fairName}}</strong> approved application {{reference}} of {{producerName}} ({{boothsWanted}} booth(s)).</p>
<table style="border-collapse:collapse">
<tr><td style="padding:2px 12px 2px 0">Booth fee</td><td style="text-align:right">{{vnd fee}}</td></tr>
{{#if programmeName}}<tr><td style="padding:2px 12px 2px 0">Support ({{programmeName}})</td><td style="text-align:right">−{{vnd subsidy}}</td></tr>{{/if}}
<tr><td style="padding:2px 12px 2px 0"><strong>Amount due</strong></td><td style="text-align:right"><strong>{{vnd amountDue}}</strong></td></tr>
<tr><td style="padding:2px 12px 2px 0">Deposit ({{depositPercent}}%) {{#if depositDueOn}}due by {{depositDueOn}}{{else}}due now{{/if}}</td><td style="text-align:right">{{vnd deposit}}</td></tr>
<tr><td style="padding:2px 12px 2px 0">Balance</td><td style="text-align:right">{{vnd balance}}</td></tr>
</table>
<p>Please quote <strong>{{reference}}</strong> in your bank transfer.</p>
${PAYMENT_HTML.en}{{/if}}
{{#if (eq decision "rejected")}}<p>We are sorry: application {{reference}} of {{producerName}} to <strong>{{fairName}}</strong> was not accepted.</p>{{/if}}
{{#if (eq decision "waitlisted")}}<p>Application {{reference}} of {{producerName}} to <strong>{{fairName}}</strong> is on the waiting list. The organisers will write as soon as a booth frees up.</p>{{/if}}
{{#if reason}}<p>Note from the organisers: {{reason}}</p>{{/if}}
<p><a href="{{applicationUrl}}">View the application</a></p>`,
  },
  text: {
    vi: `Xin chào {{fullName}},

{{#if (eq decision "approved")}}Ban tổ chức {{fairName}} đã duyệt hồ sơ {{reference}} của {{producerName}} ({{boothsWanted}} gian hàng).

Phí gian hàng: {{vnd fee}}
{{#if programmeName}}Hỗ trợ ({{programmeName}}): −{{vnd subsidy}}
{{/if}}Số tiền phải nộp: {{vnd amountDue}}
Đặt cọc ({{depositPercent}}%) {{#if depositDueOn}}cần nộp trước ngày {{depositDueOn}}{{else}}cần nộp ngay{{/if}}: {{vnd deposit}}
Phần còn lại: {{vnd balance}}

Khi chuyển khoản, vui lòng ghi nội dung: {{reference}}
${PAYMENT_TEXT.vi}{{/if}}{{#if (eq decision "rejected")}}Rất tiếc, hồ sơ {{reference}} của {{producerName}} tham gia {{fairName}} không được chấp nhận.{{/if}}{{#if (eq decision "waitlisted")}}Hồ sơ {{reference}} của {{producerName}} tham gia {{fairName}} đã được đưa vào danh sách chờ. Ban tổ chức sẽ báo ngay khi có gian hàng trống.{{/if}}
{{#if reason}}
Ghi chú của ban tổ chức: {{reason}}
{{/if}}
Xem hồ sơ: {{applicationUrl}}`,
    en: `Hello {{fullName}},

{{#if (eq decision "approved")}}The organisers of {{fairName}} approved application {{reference}} of {{producerName}} ({{boothsWanted}} booth(s)).

Booth fee: {{vnd fee}}
{{#if programmeName}}Support ({{programmeName}}): −{{vnd subsidy}}
{{/if}}Amount due: {{vnd amountDue}}
Deposit ({{depositPercent}}%) {{#if depositDueOn}}due by {{depositDueOn}}{{else}}due now{{/if}}: {{vnd deposit}}
Balance: {{vnd balance}}

Please quote {{reference}} in your bank transfer.
${PAYMENT_TEXT.en}{{/if}}{{#if (eq decision "rejected")}}We are sorry: application {{reference}} of {{producerName}} to {{fairName}} was not accepted.{{/if}}{{#if (eq decision "waitlisted")}}Application {{reference}} of {{producerName}} to {{fairName}} is on the waiting list. The organisers will write as soon as a booth frees up.{{/if}}
{{#if reason}}
Note from the organisers: {{reason}}
{{/if}}
View the application: {{applicationUrl}}`,
  },
  attachments: (data) => paymentQrAttachment(data.payment),
  preview: {
    payment: PAYMENT_PREVIEW,
    fullName: 'Nguyễn Văn An',
    producerName: 'HTX Mây tre đan Phú Vinh',
    fairName: 'Hội chợ làng nghề Hà Nội 2026',
    reference: 'HC-3F2A9B10C4',
    decision: 'approved',
    boothsWanted: 2,
    reason: null,
    fee: '24000000',
    subsidy: '12000000',
    amountDue: '12000000',
    depositPercent: 50,
    deposit: '6000000',
    depositDueOn: '08/08/2026',
    balance: '6000000',
    programmeName: 'Hỗ trợ khuyến công 2026',
    applicationUrl: appLinks.application(
      PREVIEW_PUBLIC_URL,
      '3f2a9b10-c4d5-4e6f-8a9b-0c1d2e3f4a5b',
    ),
  },
});
