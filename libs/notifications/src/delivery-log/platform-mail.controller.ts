import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, Roles, UuidParam } from '@hoicho/platform';
import { DeliveryLogService } from './delivery-log.service';
import { MessageQueryDto } from './dto/message-query.dto';
import { MessagePageDto, MessageViewDto } from './dto/message-view.dto';

/** The platform's own mail (sign-up, password reset), which belongs to no organising body. */
@ApiTags('notifications')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('api/v1/platform-messages')
export class PlatformMailController {
  constructor(private readonly log: DeliveryLogService) {}

  @Get()
  @ApiOperation({ summary: 'Delivery log of account mail (admins)' })
  @ApiOkResponse({ type: MessagePageDto })
  list(@Query() query: MessageQueryDto) {
    return this.log.list(null, query);
  }

  @ApiOperation({ summary: 'Re-send a failed account email' })
  @Post(':messageId/resend')
  @HttpCode(200)
  @ApiOkResponse({ type: MessageViewDto })
  resend(@UuidParam('messageId') messageId: string) {
    return this.log.resend(null, messageId);
  }
}
