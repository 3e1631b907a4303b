import { appLinks, defineTemplate, PREVIEW_PUBLIC_URL } from '@hoicho/notifications/mails';

export const accountWelcomeStaff = defineTemplate({
  name: 'account.welcome-staff',
  bulk: false,
  subject: { vi: 'Tài khoản của bạn tại {{bodyName}}', en: 'Your account at {{bodyName}}' },
  html: {
    vi: `<p>Xin chào {{fullName}},</p>
<p>{{bodyName}} đã tạo cho bạn tài khoản Hội Chợ với vai trò <strong>{{role}}</strong>. Hãy đặt mật khẩu để bắt đầu:</p>
<p><a href="{{resetUrl}}">Đặt mật khẩu</a></p>`,
    en: `<p>Hello {{fullName}},</p>
<p>{{bodyName}} created a Hội Chợ account for you with the role <strong>{{role}}</strong>. Set your password to begin:</p>
<p><a href="{{resetUrl}}">Set password</a></p>`,
  },
  text: {
    vi: `Xin chào {{fullName}},

{{bodyName}} đã tạo cho bạn tài khoản Hội Chợ với vai trò {{role}}. Đặt mật khẩu: {{resetUrl}}`,
    en: `Hello {{fullName}},

{{bodyName}} created a Hội Chợ account for you with the role {{role}}. Set your password: {{resetUrl}}`,
  },
  preview: {
    fullName: 'Lê Minh Châu',
    bodyName: 'Sở Công Thương Hà Nội',
    role: 'gate_staff',
    resetUrl: appLinks.resetPassword(PREVIEW_PUBLIC_URL, 'preview'),
  },
});
