import { Body, Controller, Get, Header, Post, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AppError, Public, escapeHtml } from '@hoicho/platform';
import { AuthService } from '../auth/auth.service';

function page(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${title} · Hội Chợ</title><style>body{font-family:system-ui,sans-serif;max-width:30rem;margin:3rem auto;padding:0 1rem}
input,button{font-size:1rem;padding:.5rem;width:100%;box-sizing:border-box;margin:.3rem 0}</style></head>
<body><h1>${title}</h1>${body}</body></html>`;
}

function failure(error: unknown): string {
  const message = error instanceof AppError ? error.message : 'Something went wrong';
  return page('Liên kết không hợp lệ · Invalid link', `<p>${escapeHtml(message)}</p>`);
}

/** The pages the emailed links open: small, server-rendered, usable on any phone. */
@ApiExcludeController()
@Public()
@Controller('account')
export class AccountPagesController {
  constructor(private readonly auth: AuthService) {}

  @Get('verify-email')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async verifyEmail(@Query('token') token = ''): Promise<string> {
    try {
      await this.auth.verifyEmail(token);
      return page(
        'Đã xác nhận email · Email confirmed',
        '<p>Bạn có thể đăng nhập. · You can sign in now.</p>',
      );
    } catch (error) {
      return failure(error);
    }
  }

  @Get('reset-password')
  @Header('Content-Type', 'text/html; charset=utf-8')
  resetForm(@Query('token') token = ''): string {
    return page(
      'Đặt mật khẩu mới · New password',
      `<form method="post"><input type="hidden" name="token" value="${escapeHtml(token)}">
<label>Mật khẩu mới (ít nhất 10 ký tự) · New password (10+ characters)<input type="password" name="password" minlength="10" required></label>
<button type="submit">Lưu · Save</button></form>`,
    );
  }

  @Post('reset-password')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async reset(@Body() body: Record<string, unknown>): Promise<string> {
    const token = typeof body.token === 'string' ? body.token : '';
    const password = typeof body.password === 'string' ? body.password : '';
    if (password.length < 10 || password.length > 200) {
      return page(
        'Mật khẩu quá ngắn · Password too short',
        '<p>Ít nhất 10 ký tự. · At least 10 characters.</p>',
      );
    }
    try {
      await this.auth.resetPassword(token, password);
      return page(
        'Đã đổi mật khẩu · Password changed',
        '<p>Hãy đăng nhập lại. · Sign in again.</p>',
      );
    } catch (error) {
      return failure(error);
    }
  }
}
