import { appLinks, defineTemplate, PREVIEW_PUBLIC_URL } from '@hoicho/notifications/mails';
import {
  PAYMENT_HTML,
  PAYMENT_PREVIEW,
  PAYMENT_TEXT,
  PaymentBlockData,
  paymentQrAttachment,
} from '@hoicho/accounts/mails';

/** A deposit or balance due soon (money is đồng as digit strings). */
export interface PaymentReminderData {
  fullName: string;
  producerName: string;
  fairName: string;
  reference: string;
  kind: 'deposit' | 'balance';
  amountDue: string;
  amountPaid: string;
  payment: PaymentBlockData;
  applicationUrl: string;
}

/** Sent once per application and kind, N days before the due day (payments' sweep). */
export const paymentReminder = defineTemplate({
  name: 'payment.reminder',
  bulk: false,
  subject: {
    vi: '{{#if (eq kind "deposit")}}Nhắc nộp tiền đặt cọc{{else}}Nhắc nộp số tiền còn lại{{/if}} {{reference}}: {{vnd payment.amount}} trước {{payment.dueOn}}',
    en: '{{#if (eq kind "deposit")}}Deposit reminder{{else}}Balance reminder{{/if}} {{reference}}: {{vnd payment.amount}} by {{payment.dueOn}}',
  },
  html: {
    vi: `<p>Xin chào {{fullName}},</p>
<p>Hồ sơ {{reference}} của {{producerName}} tham gia <strong>{{fairName}}</strong> {{#if (eq kind "deposit")}}cần nộp tiền đặt cọc{{else}}cần nộp số tiền còn lại{{/if}} <strong>{{vnd payment.amount}}</strong> trước ngày {{payment.dueOn}} (tổng phải nộp {{vnd amountDue}}, đã nộp {{vnd amountPaid}}).</p>
${PAYMENT_HTML.vi}
<p>Nếu đã chuyển khoản, xin bỏ qua thư này.</p>
<p><a href="{{applicationUrl}}">Xem hồ sơ</a></p>`,
    en: `<p>Hello {{fullName}},</p>
<p>Application {{reference}} of {{producerName}} to <strong>{{fairName}}</strong> has {{#if (eq kind "deposit")}}a deposit{{else}}a balance{{/if}} of <strong>{{vnd payment.amount}}</strong> due by {{payment.dueOn}} (amount due {{vnd amountDue}}, paid {{vnd amountPaid}}).</p>
${PAYMENT_HTML.en}
<p>If you have paid already, please ignore this message.</p>
<p><a href="{{applicationUrl}}">View the application</a></p>`,
  },
  text: {
    vi: `Xin chào {{fullName}},

Hồ sơ {{reference}} của {{producerName}} tham gia {{fairName}} {{#if (eq kind "deposit")}}cần nộp tiền đặt cọc{{else}}cần nộp số tiền còn lại{{/if}} {{vnd payment.amount}} trước ngày {{payment.dueOn}} (tổng phải nộp {{vnd amountDue}}, đã nộp {{vnd amountPaid}}).
${PAYMENT_TEXT.vi}
Nếu đã chuyển khoản, xin bỏ qua thư này.

Xem hồ sơ: {{applicationUrl}}`,
    en: `Hello {{fullName}},

Application {{reference}} of {{producerName}} to {{fairName}} has {{#if (eq kind "deposit")}}a deposit{{else}}a balance{{/if}} of {{vnd payment.amount}} due by {{payment.dueOn}} (amount due {{vnd amountDue}}, paid {{vnd amountPaid}}).
${PAYMENT_TEXT.en}
If you have paid already, please ignore this message.

View the application: {{applicationUrl}}`,
  },
  attachments: (data) => paymentQrAttachment(data.payment),
  preview: {
    fullName: 'Nguyễn Văn An',
    producerName: 'HTX Mây tre đan Phú Vinh',
    fairName: 'Hội chợ làng nghề Hà Nội 2027',
    reference: 'HC-3F2A9B10C4',
    kind: 'deposit',
    amountDue: '12000000',
    amountPaid: '0',
    payment: PAYMENT_PREVIEW,
    applicationUrl: appLinks.application(
      PREVIEW_PUBLIC_URL,
      '3f2a9b10-c4d5-4e6f-8a9b-0c1d2e3f4a5b',
    ),
  },
});
