import {
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Inject,
  NotFoundException,
  Param,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiExcludeEndpoint,
  ApiNotFoundResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiQuery,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { ErrorBodyDto } from '../errors/error-body.dto';
import { MailboxStore } from '../embedded/mailbox.store';
import { DevMailboxMessageDto } from './dev-mailbox-message.dto';
import { renderMailboxPage } from './mailbox.page';

export const MAILBOX = Symbol('MAILBOX');

/** Mail caught by the embedded SMTP capture server; mounted only in the embedded default. */
@ApiTags('dev mailbox')
@Public()
@Controller('dev/mailbox')
export class DevMailboxController {
  constructor(@Inject(MAILBOX) private readonly mailbox: MailboxStore) {}

  @ApiOperation({ summary: 'Mail caught by the dev mailbox (development only)' })
  @Get('messages')
  @ApiQuery({ name: 'to', required: false })
  @ApiOkResponse({ type: [DevMailboxMessageDto] })
  list(@Query('to') to?: string): DevMailboxMessageDto[] {
    return this.mailbox
      .list({ to })
      .reverse()
      .map(({ attachments, ...message }) => ({
        ...message,
        attachments: attachments.map((a) => a.filename),
      }));
  }

  @ApiOperation({ summary: 'One caught message as HTML (development only)' })
  @Get('messages/:id/html')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header(
    'Content-Security-Policy',
    "default-src 'none'; img-src data: 'self'; style-src 'unsafe-inline'",
  )
  @ApiOkResponse({ description: 'the HTML part as sent' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such message' })
  html(@Param('id') id: string): string {
    const message = this.mailbox.get(id);
    if (!message) throw new NotFoundException('message not found');
    return (
      message.html ||
      `<pre>${message.text.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</pre>`
    );
  }

  @ApiOperation({
    summary: 'Refuse mail to an address with 550 from now on (development only)',
    description: 'Shows a failed delivery, and its re-send once the address is accepted again.',
  })
  @Put('unreachable/:address')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'mail to the address is refused' })
  refuse(@Param('address') address: string): void {
    this.mailbox.setUnreachable(address, true);
  }

  @ApiOperation({ summary: 'Accept mail to an address again (development only)' })
  @Delete('unreachable/:address')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'mail to the address is accepted' })
  accept(@Param('address') address: string): void {
    this.mailbox.setUnreachable(address, false);
  }

  @Get()
  @ApiExcludeEndpoint()
  @Header('Content-Type', 'text/html; charset=utf-8')
  page(): string {
    return renderMailboxPage(this.mailbox.list().reverse());
  }
}
