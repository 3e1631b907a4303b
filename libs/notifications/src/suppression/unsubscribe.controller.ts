import { Body, Controller, Get, HttpCode, Inject, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiExcludeEndpoint,
  ApiTags,
} from '@nestjs/swagger';
import { APP_CONFIG, AppConfig, AppError, Clock, ErrorBodyDto, Public } from '@hoicho/platform';
import { IsOptional, IsString } from 'class-validator';
import { Response } from 'express';
import { SuppressionService } from './suppression.service';
import { emailFromUnsubscribeToken } from './unsubscribe-token';

class OneClickBodyDto {
  /** RFC 8058 clients post `List-Unsubscribe=One-Click` as a form field. */
  @ApiPropertyOptional({ example: 'One-Click' })
  @IsOptional()
  @IsString()
  'List-Unsubscribe'?: string;
}

/**
 * The first unsubscribe URL, in List-Unsubscribe headers and mails already sent: its one-click
 * POST keeps working, and a person who opens it is sent on to the page (`/unsubscribe`).
 */
@ApiTags('notifications')
@Public()
@Controller('api/v1/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly suppressions: SuppressionService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'One-click unsubscribe (RFC 8058); idempotent, no login' })
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
    const email = token
      ? emailFromUnsubscribeToken(token, this.config.secret, this.clock.now())
      : undefined;
    if (!email)
      throw AppError.validation([{ field: 'token', message: 'is not a valid unsubscribe link' }]);
    await this.suppressions.suppress(email, 'bulk', 'unsubscribed');
    return { unsubscribed: true };
  }

  /** Only for links already sent: not part of the API (the page is `/unsubscribe`). */
  @Get()
  @ApiExcludeEndpoint()
  page(@Query('token') token: string | undefined, @Res() response: Response): void {
    // No language: the page takes the browser's.
    response.redirect(303, `/unsubscribe?token=${encodeURIComponent(token ?? '')}`);
  }
}
