import { appLinks, defineTemplate, PREVIEW_PUBLIC_URL } from '@hoicho/notifications/mails';

export const accountVerifyEmail = defineTemplate({
  name: 'account.verify-email',
  bulk: false,
  subject: { vi: 'Xác nhận địa chỉ email của bạn', en: 'Confirm your email address' },
  html: {
    vi: `<p>Xin chào {{fullName}},</p>
<p>Cảm ơn bạn đã đăng ký tài khoản nhà sản xuất trên Hội Chợ. Vui lòng xác nhận địa chỉ email trong vòng {{expiresInHours}} giờ:</p>
<p><a href="{{verifyUrl}}" style="background:#0c6b58;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Xác nhận email</a></p>
<p style="overflow-wrap:anywhere">Nếu nút không hoạt động, hãy mở liên kết: {{verifyUrl}}</p>`,
    en: `<p>Hello {{fullName}},</p>
<p>Thank you for registering as a producer on Hội Chợ. Please confirm your email address within {{expiresInHours}} hours:</p>
<p><a href="{{verifyUrl}}" style="background:#0c6b58;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Confirm email</a></p>
<p style="overflow-wrap:anywhere">If the button does not work, open this link: {{verifyUrl}}</p>`,
  },
  text: {
    vi: `Xin chào {{fullName}},

Cảm ơn bạn đã đăng ký tài khoản nhà sản xuất trên Hội Chợ. Vui lòng xác nhận địa chỉ email trong vòng {{expiresInHours}} giờ:
{{verifyUrl}}`,
    en: `Hello {{fullName}},

Thank you for registering as a producer on Hội Chợ. Please confirm your email address within {{expiresInHours}} hours:
{{verifyUrl}}`,
  },
  preview: {
    fullName: 'Nguyễn Văn An',
    verifyUrl: appLinks.verifyEmail(PREVIEW_PUBLIC_URL, 'preview'),
    expiresInHours: 48,
  },
});
