import { appLinks, defineTemplate, PREVIEW_PUBLIC_URL } from '@hoicho/notifications/mails';

export const accountResetPassword = defineTemplate({
  name: 'account.reset-password',
  bulk: false,
  subject: { vi: 'Đặt lại mật khẩu Hội Chợ', en: 'Reset your Hội Chợ password' },
  html: {
    vi: `<p>Xin chào {{fullName}},</p>
<p>Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản của bạn. Liên kết có hiệu lực trong {{expiresInMinutes}} phút:</p>
<p><a href="{{resetUrl}}">Đặt lại mật khẩu</a></p>
<p>Nếu bạn không yêu cầu, hãy bỏ qua thư này; mật khẩu của bạn không thay đổi.</p>`,
    en: `<p>Hello {{fullName}},</p>
<p>We received a request to reset the password of your account. The link is valid for {{expiresInMinutes}} minutes:</p>
<p><a href="{{resetUrl}}">Reset password</a></p>
<p>If you did not ask for this, ignore this email; your password stays the same.</p>`,
  },
  text: {
    vi: `Xin chào {{fullName}},

Đặt lại mật khẩu (hiệu lực {{expiresInMinutes}} phút): {{resetUrl}}
Nếu bạn không yêu cầu, hãy bỏ qua thư này.`,
    en: `Hello {{fullName}},

Reset your password (valid {{expiresInMinutes}} minutes): {{resetUrl}}
If you did not ask for this, ignore this email.`,
  },
  preview: {
    fullName: 'Trần Thị Bình',
    resetUrl: appLinks.resetPassword(PREVIEW_PUBLIC_URL, 'preview'),
    expiresInMinutes: 60,
  },
});
