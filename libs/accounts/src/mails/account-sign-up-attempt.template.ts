import { defineTemplate } from '@hoicho/notifications/mails';

/** Sent instead of an error when someone signs up with an address that has an account. */
export const accountSignUpAttempt = defineTemplate({
  name: 'account.sign-up-attempt',
  bulk: false,
  subject: {
    vi: 'Có người vừa đăng ký Hội Chợ bằng email của bạn',
    en: 'Someone tried to sign up to Hội Chợ with your email',
  },
  html: {
    vi: `<p>Xin chào {{fullName}},</p>
<p>Vừa có người đăng ký tài khoản mới trên Hội Chợ bằng địa chỉ email này, nhưng địa chỉ đã có tài khoản, nên không có tài khoản nào được tạo.</p>
<p>Nếu đó là bạn, hãy <a href="{{signInUrl}}">đăng nhập</a>; nếu quên mật khẩu, hãy <a href="{{forgotUrl}}">đặt lại mật khẩu</a>.</p>
<p>Nếu không phải bạn, hãy bỏ qua thư này: tài khoản của bạn không thay đổi.</p>`,
    en: `<p>Hello {{fullName}},</p>
<p>Someone just tried to create a new Hội Chợ account with this email address. The address already has an account, so nothing was created.</p>
<p>If it was you, <a href="{{signInUrl}}">sign in</a>; if you forgot your password, <a href="{{forgotUrl}}">reset it</a>.</p>
<p>If it was not you, ignore this email: your account has not changed.</p>`,
  },
  text: {
    vi: `Xin chào {{fullName}},

Vừa có người đăng ký tài khoản mới trên Hội Chợ bằng địa chỉ email này, nhưng địa chỉ đã có tài khoản, nên không có tài khoản nào được tạo.
Nếu đó là bạn, hãy đăng nhập: {{signInUrl}}
Quên mật khẩu: {{forgotUrl}}
Nếu không phải bạn, hãy bỏ qua thư này.`,
    en: `Hello {{fullName}},

Someone just tried to create a new Hội Chợ account with this email address. The address already has an account, so nothing was created.
If it was you, sign in: {{signInUrl}}
Forgot your password: {{forgotUrl}}
If it was not you, ignore this email.`,
  },
  preview: {
    fullName: 'Nguyễn Văn An',
    signInUrl: 'https://hoicho.example/signin',
    forgotUrl: 'https://hoicho.example/forgot-password',
  },
});
