import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  AuthUser,
  CurrentUser,
  ErrorBodyDto,
  NeedsQueue,
  Page,
  PageQueryDto,
  Role,
  Roles,
  UuidParam,
} from '@hoicho/platform';
import { CampaignEditorService } from './campaign-editor.service';
import { CampaignPreviewService } from './campaign-preview.service';
import { CampaignQueryService } from './campaign-query.service';
import { CampaignRemindersService } from './campaign-reminders.service';
import { CampaignReportsService } from './campaign-reports.service';
import { CampaignSendingService } from './campaign-sending.service';
import {
  CreateCampaignDto,
  CreateReminderDto,
  InvitationQueryDto,
  PreviewCampaignDto,
  SendCampaignDto,
  UpdateCampaignDto,
} from './dto/campaign.dto';
import {
  CampaignDto,
  CampaignFunnelDto,
  CampaignPageDto,
  CampaignPreviewDto,
  CampaignProgressDto,
  InvitationPageDto,
  InvitationRowDto,
  ReminderDto,
} from './dto/campaign-view.dto';

@ApiTags('campaigns')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such body or campaign, or not yours' })
@Roles(Role.Admin, Role.Organiser)
@Controller('api/v1')
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignQueryService,
    private readonly editor: CampaignEditorService,
    private readonly previews: CampaignPreviewService,
    private readonly sending: CampaignSendingService,
    private readonly reminding: CampaignRemindersService,
    private readonly reports: CampaignReportsService,
  ) {}

  @Post('organising-bodies/:bodyId/campaigns')
  @ApiOperation({ summary: 'Create an invitation campaign (draft) for a fair of the body' })
  @ApiCreatedResponse({ type: CampaignDto })
  create(
    @CurrentUser() user: AuthUser,
    @UuidParam('bodyId') bodyId: string,
    @Body() dto: CreateCampaignDto,
  ): Promise<CampaignDto> {
    return this.editor.create(user, bodyId, dto);
  }

  @Get('organising-bodies/:bodyId/campaigns')
  @ApiOperation({ summary: 'A body’s campaigns, newest first' })
  @ApiOkResponse({ type: CampaignPageDto })
  list(
    @CurrentUser() user: AuthUser,
    @UuidParam('bodyId') bodyId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<CampaignDto>> {
    return this.campaigns.list(user, bodyId, query);
  }

  @Get('campaigns/:campaignId')
  @ApiOperation({ summary: 'A campaign with the size of its audience' })
  @ApiOkResponse({ type: CampaignDto })
  get(@CurrentUser() user: AuthUser, @UuidParam('campaignId') id: string): Promise<CampaignDto> {
    return this.campaigns.get(user, id);
  }

  @Patch('campaigns/:campaignId')
  @ApiOperation({ summary: 'Change texts, audience or options while draft or scheduled' })
  @ApiOkResponse({ type: CampaignDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'campaign_not_editable' })
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('campaignId') id: string,
    @Body() dto: UpdateCampaignDto,
  ): Promise<CampaignDto> {
    return this.editor.update(user, id, dto);
  }

  @Post('campaigns/:campaignId/preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'The email as a visitor would get it (subject, HTML, text)' })
  @ApiOkResponse({ type: CampaignPreviewDto })
  preview(
    @CurrentUser() user: AuthUser,
    @UuidParam('campaignId') id: string,
    @Body() dto: PreviewCampaignDto,
  ): Promise<CampaignPreviewDto> {
    return this.previews.preview(user, id, dto);
  }

  @Post('campaigns/:campaignId/send')
  @HttpCode(202)
  @NeedsQueue()
  @ApiOperation({
    summary: 'Send now or at a time; sending again invites only visitors added since',
  })
  @ApiAcceptedResponse({ type: CampaignDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'campaign_not_sendable' })
  send(
    @CurrentUser() user: AuthUser,
    @UuidParam('campaignId') id: string,
    @Body() dto: SendCampaignDto,
  ): Promise<CampaignDto> {
    return this.sending.send(user, id, dto);
  }

  @Post('campaigns/:campaignId/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a draft or scheduled campaign' })
  @ApiOkResponse({ type: CampaignDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'campaign_not_editable' })
  cancel(@CurrentUser() user: AuthUser, @UuidParam('campaignId') id: string): Promise<CampaignDto> {
    return this.sending.cancel(user, id);
  }

  @Post('campaigns/:campaignId/unschedule')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take a scheduled campaign back to a draft (its time cleared)' })
  @ApiOkResponse({ type: CampaignDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'campaign_not_editable' })
  unschedule(
    @CurrentUser() user: AuthUser,
    @UuidParam('campaignId') id: string,
  ): Promise<CampaignDto> {
    return this.sending.unschedule(user, id);
  }

  @Post('campaigns/:campaignId/reminders')
  @HttpCode(202)
  @NeedsQueue()
  @ApiOperation({
    summary: 'Remind the invitations in some answer states (unanswered, accepted, …)',
  })
  @ApiAcceptedResponse({ type: ReminderDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'campaign_not_sent' })
  remind(
    @CurrentUser() user: AuthUser,
    @UuidParam('campaignId') id: string,
    @Body() dto: CreateReminderDto,
  ): Promise<ReminderDto> {
    return this.reminding.remind(user, id, dto);
  }

  @Get('campaigns/:campaignId/reminders')
  @ApiOperation({ summary: 'A campaign’s reminders and how many each sent' })
  @ApiOkResponse({ type: [ReminderDto] })
  reminders(
    @CurrentUser() user: AuthUser,
    @UuidParam('campaignId') id: string,
  ): Promise<ReminderDto[]> {
    return this.reminding.list(user, id);
  }

  @Get('campaigns/:campaignId/progress')
  @ApiOperation({ summary: 'Sending progress: delivery log totals, skipped and answers' })
  @ApiOkResponse({ type: CampaignProgressDto })
  progress(
    @CurrentUser() user: AuthUser,
    @UuidParam('campaignId') id: string,
  ): Promise<CampaignProgressDto> {
    return this.reports.progress(user, id);
  }

  @Get('campaigns/:campaignId/funnel')
  @ApiOperation({ summary: 'Invited → sent → opened → answered → accepted → attended' })
  @ApiOkResponse({ type: CampaignFunnelDto })
  funnel(
    @CurrentUser() user: AuthUser,
    @UuidParam('campaignId') id: string,
  ): Promise<CampaignFunnelDto> {
    return this.reports.funnel(user, id);
  }

  @Get('campaigns/:campaignId/invitations')
  @ApiOperation({ summary: 'The campaign’s invitations with answers, tickets and check-ins' })
  @ApiOkResponse({ type: InvitationPageDto })
  invitations(
    @CurrentUser() user: AuthUser,
    @UuidParam('campaignId') id: string,
    @Query() query: InvitationQueryDto,
  ): Promise<Page<InvitationRowDto>> {
    return this.reports.invitationList(user, id, query);
  }
}
