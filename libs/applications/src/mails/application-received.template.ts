import { appLinks, defineTemplate, PREVIEW_PUBLIC_URL } from '@hoicho/notifications/mails';

export interface ApplicationReceivedData {
  fullName: string;
  producerName: string;
  /** In the recipient's language. */
  fairName: string;
  reference: string;
  boothsWanted: number;
  applicationUrl: string;
}

/**
 * The acknowledgement of a submitted application: it reached the organisers, its reference,
 * and where to follow it until the decision.
 */
export const applicationReceived = defineTemplate({
  name: 'application.received',
  bulk: false,
  subject: {
    vi: 'Đã nhận hồ sơ {{reference}}: {{fairName}}',
    en: 'Application {{reference}} received: {{fairName}}',
  },
  html: {
    vi: `<p>Xin chào {{fullName}},</p>
<p>Ban tổ chức <strong>{{fairName}}</strong> đã nhận hồ sơ {{reference}} của {{producerName}} ({{boothsWanted}} gian hàng). Hồ sơ đang chờ xét duyệt; bạn sẽ nhận thư thông báo kết quả.</p>
<p>Bạn không cần nộp tiền lúc này: số tiền phải nộp được báo trong thư kết quả nếu hồ sơ được duyệt.</p>
<p><a href="{{applicationUrl}}">Theo dõi hồ sơ</a></p>`,
    en: `<p>Hello {{fullName}},</p>
<p>The organisers of <strong>{{fairName}}</strong> received application {{reference}} of {{producerName}} ({{boothsWanted}} booth(s)). It is waiting for review; you will receive a letter with the decision.</p>
<p>Nothing to pay now: the amount due comes with the decision letter if the application is approved.</p>
<p><a href="{{applicationUrl}}">Follow the application</a></p>`,
  },
  text: {
    vi: `Xin chào {{fullName}},

Ban tổ chức {{fairName}} đã nhận hồ sơ {{reference}} của {{producerName}} ({{boothsWanted}} gian hàng). Hồ sơ đang chờ xét duyệt; bạn sẽ nhận thư thông báo kết quả.

Bạn không cần nộp tiền lúc này: số tiền phải nộp được báo trong thư kết quả nếu hồ sơ được duyệt.

Theo dõi hồ sơ: {{applicationUrl}}`,
    en: `Hello {{fullName}},

The organisers of {{fairName}} received application {{reference}} of {{producerName}} ({{boothsWanted}} booth(s)). It is waiting for review; you will receive a letter with the decision.

Nothing to pay now: the amount due comes with the decision letter if the application is approved.

Follow the application: {{applicationUrl}}`,
  },
  preview: {
    fullName: 'Nguyễn Văn An',
    producerName: 'HTX Mây tre đan Phú Vinh',
    fairName: 'Hội chợ làng nghề Hà Nội 2026',
    reference: 'HC-0A1B2C3D4E',
    boothsWanted: 2,
    applicationUrl: appLinks.application(
      PREVIEW_PUBLIC_URL,
      '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    ),
  },
});
