import { Body, Controller, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
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
  Page,
  Role,
  Roles,
  UuidParam,
} from '@hoicho/platform';
import {
  ApplicationEventDto,
  ApplicationSettingsDto,
  DecisionResultDto,
  ReleasePreviewDto,
  ReleaseResultDto,
  ReviewApplicationDto,
  ReviewApplicationPageDto,
} from '../dto/application-view.dto';
import {
  ApplicationQueryDto,
  ApplicationSettingsInputDto,
  BulkDecisionDto,
  DecisionDto,
  PriorityOverrideDto,
  ReleaseDecisionsDto,
} from '../dto/review-input.dto';
import { ApplicationSettingsService } from '../settings/application-settings.service';
import { ApplicationQueryService } from './application-query.service';
import { DecisionReleaseService } from './decision-release.service';
import { DecisionService } from './decision.service';
import { PriorityOverrideService } from './priority-override.service';
import { ReleasePreviewService } from './release-preview.service';

@ApiTags('applications (review)')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@ApiNotFoundResponse({
  type: ErrorBodyDto,
  description: 'no such fair or application, or another body’s',
})
@Controller('api/v1/fairs/:fairId')
export class ReviewController {
  constructor(
    private readonly queries: ApplicationQueryService,
    private readonly decisions: DecisionService,
    private readonly releases: DecisionReleaseService,
    private readonly releasePreviews: ReleasePreviewService,
    private readonly priorities: PriorityOverrideService,
    private readonly settings: ApplicationSettingsService,
  ) {}

  @Get('application-settings')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({ summary: 'The fair’s priority rules and deposit rule' })
  @ApiOkResponse({ type: ApplicationSettingsDto })
  getSettings(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
  ): Promise<ApplicationSettingsDto> {
    return this.settings.view(user, fairId);
  }

  @Patch('application-settings')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({
    summary: 'Change the priority rules or the deposit rule',
    description: 'Priorities follow at once; fees already decided keep their deposit.',
  })
  @ApiOkResponse({ type: ApplicationSettingsDto })
  updateSettings(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() dto: ApplicationSettingsInputDto,
  ): Promise<ApplicationSettingsDto> {
    return this.settings.update(user, fairId, dto);
  }

  @Get('applications')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({
    summary: 'Submitted applications, filtered and sorted',
    description:
      'Filters: status (a staged decision counts), pending, village and craft (diacritics ' +
      'ignored), ocopMin. Sort by submittedAt, status, village, craft (Vietnamese order), ocop ' +
      'or priority. Only applications that were submitted are listed: drafts are the ' +
      'producers’ own.',
  })
  @ApiOkResponse({ type: ReviewApplicationPageDto })
  list(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Query() query: ApplicationQueryDto,
  ): Promise<Page<ReviewApplicationDto>> {
    return this.queries.list(user, fairId, query);
  }

  @Post('applications/decisions')
  @HttpCode(200)
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({
    summary: 'Stage one decision for many applications at once',
    description:
      'All or nothing: if one application cannot take the decision, none changes (409 lists ' +
      'them). Approvals take their support from the budget in application order of submission.',
  })
  @ApiOkResponse({ type: DecisionResultDto })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'application_transition, fair_not_reviewing',
  })
  async decideMany(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() dto: BulkDecisionDto,
  ): Promise<DecisionResultDto> {
    return { items: await this.decisions.decide(user, fairId, dto) };
  }

  @Post('applications/decisions/release')
  @HttpCode(200)
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({
    summary: 'Release staged decisions: producers are told, each by one letter',
    description: 'Releasing again finds nothing staged and sends nothing.',
  })
  @ApiOkResponse({ type: ReleaseResultDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'fair_not_reviewing' })
  release(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() dto: ReleaseDecisionsDto,
  ): Promise<ReleaseResultDto> {
    return this.releases.release(user, fairId, dto);
  }

  @Post('applications/decisions/release-preview')
  @HttpCode(200)
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({
    summary: 'What a release would send, without sending anything',
    description:
      'The count of staged decisions of each kind (all, or `applicationIds`), the letters ' +
      'that would go out, and the first letter of each kind rendered as it would be sent.',
  })
  @ApiOkResponse({ type: ReleasePreviewDto })
  previewRelease(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() dto: ReleaseDecisionsDto,
  ): Promise<ReleasePreviewDto> {
    return this.releasePreviews.preview(user, fairId, dto);
  }

  @ApiOperation({ summary: 'An application under review' })
  @Get('applications/:applicationId')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOkResponse({ type: ReviewApplicationDto })
  async get(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('applicationId') id: string,
  ): Promise<ReviewApplicationDto> {
    return (await this.queries.reviewViews(user, fairId, [id]))[0];
  }

  @Get('applications/:applicationId/events')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({ summary: 'Every change of the application, oldest first, with who and when' })
  @ApiOkResponse({ type: [ApplicationEventDto] })
  events(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('applicationId') id: string,
  ): Promise<ApplicationEventDto[]> {
    return this.queries.events(user, fairId, id);
  }

  @Post('applications/:applicationId/decision')
  @HttpCode(200)
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({
    summary: 'Stage a decision: approve, reject (with a reason) or waitlist',
    description: 'The producer hears nothing until the decision is released.',
  })
  @ApiOkResponse({ type: ReviewApplicationDto })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'application_transition, fair_not_reviewing',
  })
  async decide(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('applicationId') id: string,
    @Body() dto: DecisionDto,
  ): Promise<ReviewApplicationDto> {
    const [view] = await this.decisions.decide(user, fairId, { ...dto, applicationIds: [id] });
    return view;
  }

  @Put('applications/:applicationId/priority')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({ summary: 'Override the computed priority (null returns to it)' })
  @ApiOkResponse({ type: ReviewApplicationDto })
  overridePriority(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('applicationId') id: string,
    @Body() dto: PriorityOverrideDto,
  ): Promise<ReviewApplicationDto> {
    return this.priorities.override(user, fairId, id, dto);
  }
}
