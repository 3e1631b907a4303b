import { toBuffer } from 'qrcode';
import { MailAttachment } from '@hoicho/notifications/mails';

/**
 * How to pay, in every letter that asks a producer for money: the VietQR code (an inline
 * image, cid:payment-qr@hoicho) and the same data in words, for a payer who types it into a
 * bank app or pays at a counter. Built by the payments area (`qrPayload` is the EMVCo string).
 */
export interface PaymentBlockData {
  bankShortName: string;
  bankName: string;
  accountNumber: string;
  holder: string;
  /** Whole đồng as digits. */
  amount: string;
  reference: string;
  /** The day the amount is due as the letter prints it (dd/MM/yyyy); null when not set. */
  dueOn: string | null;
  qrPayload: string;
}

export const PAYMENT_QR_CID = 'payment-qr@hoicho';

/** The QR as a PNG attachment referenced from the HTML part. */
export async function paymentQrAttachment(
  payment: PaymentBlockData | null | undefined,
): Promise<MailAttachment[]> {
  if (!payment) return [];
  const content = await toBuffer(payment.qrPayload, {
    errorCorrectionLevel: 'M',
    margin: 4,
    scale: 6,
  });
  return [{ filename: 'vietqr.png', contentType: 'image/png', content, cid: PAYMENT_QR_CID }];
}

/** HTML, inside `{{#if payment}}…{{/if}}`; a table and an image, as mail clients render them. */
export const PAYMENT_HTML = {
  vi: `{{#if payment}}<table style="border-collapse:collapse;margin-top:12px"><tr>
<td style="padding:0 16px 0 0;vertical-align:top"><img src="cid:${PAYMENT_QR_CID}" width="180" height="180" alt="Mã VietQR chuyển {{vnd payment.amount}} vào tài khoản {{payment.accountNumber}}" style="display:block;width:180px;max-width:100%;height:auto;border:0"></td>
<td style="vertical-align:top"><strong>Quét mã VietQR bằng ứng dụng ngân hàng, hoặc chuyển khoản:</strong><br>
Ngân hàng: {{payment.bankShortName}} ({{payment.bankName}})<br>
Số tài khoản: <strong>{{payment.accountNumber}}</strong><br>
Chủ tài khoản: {{payment.holder}}<br>
Số tiền: <strong>{{vnd payment.amount}}</strong><br>
Nội dung chuyển khoản: <strong>{{payment.reference}}</strong>{{#if payment.dueOn}}<br>
Hạn nộp: {{payment.dueOn}}{{/if}}</td></tr></table>{{/if}}`,
  en: `{{#if payment}}<table style="border-collapse:collapse;margin-top:12px"><tr>
<td style="padding:0 16px 0 0;vertical-align:top"><img src="cid:${PAYMENT_QR_CID}" width="180" height="180" alt="VietQR code to pay {{vnd payment.amount}} to account {{payment.accountNumber}}" style="display:block;width:180px;max-width:100%;height:auto;border:0"></td>
<td style="vertical-align:top"><strong>Scan the VietQR code with your bank app, or transfer:</strong><br>
Bank: {{payment.bankShortName}} ({{payment.bankName}})<br>
Account number: <strong>{{payment.accountNumber}}</strong><br>
Account holder: {{payment.holder}}<br>
Amount: <strong>{{vnd payment.amount}}</strong><br>
Transfer text: <strong>{{payment.reference}}</strong>{{#if payment.dueOn}}<br>
Due by: {{payment.dueOn}}{{/if}}</td></tr></table>{{/if}}`,
};

export const PAYMENT_TEXT = {
  vi: `{{#if payment}}
Chuyển khoản (hoặc quét mã VietQR trong thư):
Ngân hàng: {{payment.bankShortName}} ({{payment.bankName}})
Số tài khoản: {{payment.accountNumber}}
Chủ tài khoản: {{payment.holder}}
Số tiền: {{vnd payment.amount}}
Nội dung chuyển khoản: {{payment.reference}}{{#if payment.dueOn}}
Hạn nộp: {{payment.dueOn}}{{/if}}
{{/if}}`,
  en: `{{#if payment}}
Bank transfer (or scan the VietQR code in this mail):
Bank: {{payment.bankShortName}} ({{payment.bankName}})
Account number: {{payment.accountNumber}}
Account holder: {{payment.holder}}
Amount: {{vnd payment.amount}}
Transfer text: {{payment.reference}}{{#if payment.dueOn}}
Due by: {{payment.dueOn}}{{/if}}
{{/if}}`,
};

export const PAYMENT_PREVIEW: PaymentBlockData = {
  bankShortName: 'Vietcombank',
  bankName: 'Ngân hàng TMCP Ngoại Thương Việt Nam',
  accountNumber: '0011004123456',
  holder: 'SO CONG THUONG HA NOI',
  amount: '6000000',
  reference: 'HC-3F2A9B10C4',
  dueOn: '08/08/2027',
  qrPayload:
    '00020101021238570010A00000072701270006970436011300110041234560208QRIBFTTA5303704540760000005802VN62170813HC-3F2A9B10C463047AB8',
};
