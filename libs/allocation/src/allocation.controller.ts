import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Response } from 'express';
import {
  AuthUser,
  CallerLanguage,
  CurrentUser,
  ErrorBodyDto,
  Language,
  NeedsQueue,
  Role,
  Roles,
  UuidParam,
} from '@hoicho/platform';
import { DraftService } from './draft/draft.service';
import { DraftDto, MoveDto, SwapDto } from './draft/dto/draft.dto';
import { RunInstanceDto } from './draft/dto/run-instance.dto';
import { PinDto, PinViewDto } from './pins/dto/pin.dto';
import { PinsService } from './pins/pins.service';
import { PlanSvgQueryDto, PublishedAllocationDto } from './plan/dto/allocation-plan.dto';
import { AllocationPlanService } from './plan/allocation-plan.service';
import { PublishPreviewDto } from './publish/dto/publish-preview.dto';
import { PublishResultDto } from './publish/dto/publish-result.dto';
import { PublishPreviewService } from './publish/publish-preview.service';
import { PublishService } from './publish/publish.service';
import { RunDto, StartRunDto } from './runs/dto/run.dto';
import { RunsService } from './runs/runs.service';

@ApiTags('allocation')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto, description: 'validation_failed names the field' })
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such fair or run, or another body’s' })
@Controller('api/v1/fairs/:fairId/allocation')
export class AllocationController {
  constructor(
    private readonly runs: RunsService,
    private readonly drafts: DraftService,
    private readonly publisher: PublishService,
    private readonly previews: PublishPreviewService,
    private readonly pins: PinsService,
    private readonly plans: AllocationPlanService,
  ) {}

  @Post('runs')
  @HttpCode(202)
  @NeedsQueue()
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({
    summary: 'Allocate booths: queue a run of the engine in the background',
    description:
      'Approved applications become requests, the unblocked booths (less those held by an ' +
      'offer) the booths, pinned booths and (unless reshuffle) published assignments are ' +
      'pinned. Poll the run for progress; its result is a draft.',
  })
  @ApiAcceptedResponse({ type: RunDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'fair_not_allocating' })
  start(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() dto: StartRunDto,
    @CallerLanguage() language: Language,
  ): Promise<RunDto> {
    return this.runs.start(user, fairId, dto, language);
  }

  @Get('runs')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({ summary: 'The fair’s last 50 runs, newest first' })
  @ApiOkResponse({ type: [RunDto] })
  list(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @CallerLanguage() language: Language,
  ): Promise<RunDto[]> {
    return this.runs.list(user, fairId, language);
  }

  @Get('runs/:runId')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({ summary: 'A run: status (queued, running, done, failed), progress, summary' })
  @ApiOkResponse({ type: RunDto })
  get(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('runId') runId: string,
    @CallerLanguage() language: Language,
  ): Promise<RunDto> {
    return this.runs.get(user, fairId, runId, language);
  }

  @Get('runs/:runId/draft')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({
    summary: 'A finished run’s draft: assignments with explanations, unassigned with reasons',
    description: 'Also grouped per zone (booths taken and free) and per craft village.',
  })
  @ApiOkResponse({ type: DraftDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'run_not_ready' })
  draft(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('runId') runId: string,
    @CallerLanguage() language: Language,
  ): Promise<DraftDto> {
    return this.drafts.view(user, fairId, runId, language);
  }

  @Get('runs/:runId/instance')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({
    summary: 'A finished run’s instance (booths, requests, weights), normalised',
    description:
      'What the placement rules and the score read: a screen checks a move with them while ' +
      'it is dragged, then makes it with draft/moves.',
  })
  @ApiOkResponse({ type: RunInstanceDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'run_not_ready' })
  instance(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('runId') runId: string,
  ): Promise<RunInstanceDto> {
    return this.drafts.instance(user, fairId, runId);
  }

  @Post('runs/:runId/draft/moves')
  @HttpCode(200)
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({
    summary: 'Move a producer to other booths in the draft ([] takes it out)',
    description:
      'The booths must be free in the draft, as many as wanted, of an accepted type, in one ' +
      'accepted zone and connected; override skips the last three, as a pin does.',
  })
  @ApiOkResponse({ type: DraftDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'booth_taken, run_not_ready' })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'placement_invalid' })
  move(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('runId') runId: string,
    @Body() dto: MoveDto,
    @CallerLanguage() language: Language,
  ): Promise<DraftDto> {
    return this.drafts.move(user, fairId, runId, dto, language);
  }

  @Post('runs/:runId/draft/swaps')
  @HttpCode(200)
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({
    summary: 'Swap the booths of two producers in the draft',
    description: 'Each placement is checked as a move is.',
  })
  @ApiOkResponse({ type: DraftDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'run_not_ready' })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'placement_invalid' })
  swap(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('runId') runId: string,
    @Body() dto: SwapDto,
    @CallerLanguage() language: Language,
  ): Promise<DraftDto> {
    return this.drafts.swap(user, fairId, runId, dto, language);
  }

  @Post('runs/:runId/publish-preview')
  @HttpCode(200)
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({
    summary: 'What publishing the draft would do: counts and the first booths letter as mailed',
    description: 'Nothing is written or sent.',
  })
  @ApiOkResponse({ type: PublishPreviewDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'run_not_ready' })
  publishPreview(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('runId') runId: string,
  ): Promise<PublishPreviewDto> {
    return this.previews.preview(user, fairId, runId);
  }

  @Post('runs/:runId/publish')
  @HttpCode(200)
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({
    summary: 'Publish the draft: store the assignments, write to producers, waitlist the rest',
    description:
      'Only a current draft (computed from the published assignments as they are) can be ' +
      'published; publishing the same booths again sends nothing new. The fair’s status is ' +
      'not changed: move it to published when the organisers are done.',
  })
  @ApiOkResponse({ type: PublishResultDto })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'allocation_stale, decisions_unreleased, booth_taken, run_not_ready',
  })
  publish(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('runId') runId: string,
  ): Promise<PublishResultDto> {
    return this.publisher.publish(user, fairId, runId);
  }

  @Get('assignments')
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOperation({ summary: 'The published assignments' })
  @ApiOkResponse({ type: PublishedAllocationDto })
  assignments(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
  ): Promise<PublishedAllocationDto> {
    return this.plans.published(user, fairId);
  }

  @Get('plan.svg')
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiProduces('image/svg+xml')
  @ApiOperation({
    summary: 'The floor plan with producers’ names on their booths, coloured by zone or village',
  })
  @ApiOkResponse({ schema: { type: 'string' } })
  async svg(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Query() query: PlanSvgQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const svg = await this.plans.svg(user, fairId, query);
    response.type('image/svg+xml; charset=utf-8');
    return svg;
  }

  @Get('pins')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({ summary: 'Booths assigned by hand (pinned in every run)' })
  @ApiOkResponse({ type: [PinViewDto] })
  listPins(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
  ): Promise<PinViewDto[]> {
    return this.pins.list(user, fairId);
  }

  @Put('pins/:applicationId')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({
    summary: 'Assign booths to an approved application by hand',
    description:
      'As many booths as it wants; types, zone and connection are the organiser’s call (the ' +
      'contract does not check them for pinned booths). Runs must use exactly these booths.',
  })
  @ApiOkResponse({ type: PinViewDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'booth_taken, application_not_approved' })
  pin(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('applicationId') applicationId: string,
    @Body() dto: PinDto,
  ): Promise<PinViewDto> {
    return this.pins.pin(user, fairId, applicationId, dto);
  }

  @Delete('pins/:applicationId')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({ summary: 'Remove an application’s pins' })
  @ApiOkResponse({ schema: { properties: { removed: { type: 'number' } } } })
  unpin(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('applicationId') applicationId: string,
  ): Promise<{ removed: number }> {
    return this.pins.unpin(user, fairId, applicationId);
  }
}
