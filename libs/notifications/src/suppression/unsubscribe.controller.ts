import { Body, Controller, Get, Header, HttpCode, Inject, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import {
  APP_CONFIG,
  AppConfig,
  AppError,
  ErrorBodyDto,
  Public,
  escapeHtml,
} from '@hoicho/platform';
import { IsOptional, IsString } from 'class-validator';
import { SuppressionService } from './suppression.service';
import { emailFromUnsubscribeToken } from './unsubscribe-token';

class OneClickBodyDto {
  /** RFC 8058 clients post `List-Unsubscribe=One-Click` as a form field. */
  @ApiPropertyOptional({ example: 'One-Click' })
  @IsOptional()
  @IsString()
  'List-Unsubscribe'?: string;
}

@ApiTags('notifications')
@Public()
@Controller('api/v1/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly suppressions: SuppressionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private email(token: string | undefined): string {
    const email = token ? emailFromUnsubscribeToken(token, this.config.secret) : undefined;
    if (!email)
      throw AppError.validation([{ field: 'token', message: 'is not a valid unsubscribe link' }]);
    return email;
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'One-click unsubscribe (RFC 8058); idempotent, no login' })
  // RFC 8058 mail clients post a form; our page's button too.
  @ApiConsumes('application/x-www-form-urlencoded', 'multipart/form-data', 'application/json')
  @ApiOkResponse({
    description: 'the address will receive no more bulk mail',
    schema: { type: 'object', properties: { unsubscribed: { type: 'boolean', enum: [true] } } },
  })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  async oneClick(
    @Query('token') token: string,
    @Body() _body: OneClickBodyDto,
  ): Promise<{ unsubscribed: true }> {
    await this.suppressions.suppress(this.email(token), 'bulk', 'unsubscribed');
    return { unsubscribed: true };
  }

  /** A person who clicks the link gets a page with a button, so mail scanners that follow links unsubscribe nobody. */
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'The page behind the unsubscribe link' })
  @ApiOkResponse({
    description: 'an HTML page whose button makes the one-click POST',
    content: { 'text/html': { schema: { type: 'string' } } },
  })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  page(@Query('token') token: string): string {
    const email = this.email(token);
    return `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Hủy đăng ký · Unsubscribe</title>
<body style="font-family:system-ui;max-width:32rem;margin:3rem auto">
<h1>Hủy đăng ký · Unsubscribe</h1><p>${escapeHtml(email)}</p>
<form method="post" action="?token=${encodeURIComponent(token)}"><input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">Không nhận thư mời nữa · Stop invitations</button></form></body></html>`;
  }
}
