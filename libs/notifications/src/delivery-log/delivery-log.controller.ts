import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  assertBodyAccess,
  AuthUser,
  CurrentUser,
  ErrorBodyDto,
  Role,
  Roles,
  UuidParam,
} from '@hoicho/platform';
import { DeliveryLogService } from './delivery-log.service';
import { MessageQueryDto, TotalsQueryDto } from './dto/message-query.dto';
import { CampaignTotalsDto, MessagePageDto, MessageViewDto } from './dto/message-view.dto';

@ApiTags('notifications')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such organising body for this user' })
@Roles(Role.Organiser, Role.Admin)
@Controller('api/v1/organising-bodies/:bodyId/messages')
export class DeliveryLogController {
  constructor(private readonly log: DeliveryLogService) {}

  @Get()
  @ApiOperation({ summary: 'Delivery log: every message of the body with its status and attempts' })
  @ApiOkResponse({ type: MessagePageDto })
  list(
    @CurrentUser() user: AuthUser,
    @UuidParam('bodyId') bodyId: string,
    @Query() query: MessageQueryDto,
  ) {
    assertBodyAccess(user, bodyId);
    return this.log.list(bodyId, query);
  }

  @Get('totals')
  @ApiOperation({ summary: 'Totals per status per campaign' })
  @ApiOkResponse({ type: [CampaignTotalsDto] })
  totals(
    @CurrentUser() user: AuthUser,
    @UuidParam('bodyId') bodyId: string,
    @Query() query: TotalsQueryDto,
  ) {
    assertBodyAccess(user, bodyId);
    return this.log.totals(bodyId, query.campaignId);
  }

  @Post(':messageId/resend')
  @HttpCode(200)
  @ApiOperation({ summary: 'Re-send a failed message' })
  @ApiOkResponse({ type: MessageViewDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'the message has not failed' })
  resend(
    @CurrentUser() user: AuthUser,
    @UuidParam('bodyId') bodyId: string,
    @UuidParam('messageId') messageId: string,
  ): Promise<MessageViewDto> {
    assertBodyAccess(user, bodyId);
    return this.log.resend(bodyId, messageId);
  }
}
