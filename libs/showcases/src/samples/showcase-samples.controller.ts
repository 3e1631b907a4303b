import { Body, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, ErrorBodyDto, Role, Roles, UuidParam } from '@hoicho/platform';
import {
  AcceptEntryDto,
  CustodyStepDto,
  DeclineEntryDto,
  InviteSampleDto,
  ProposeSampleDto,
  SampleDto,
} from './dto/sample.dto';
import { EntryDecisionsService } from './entry-decisions.service';
import { SampleCustodyService } from './sample-custody.service';
import { SampleEntriesService } from './sample-entries.service';
import { SampleQueryService } from './sample-query.service';
import { ShowcaseRoutes } from '../showcases/showcase-routes.decorator';

/** A showcase's entries (invitations, proposals, the answers) and its samples' custody. */
@ShowcaseRoutes()
export class ShowcaseSamplesController {
  constructor(
    private readonly entries: SampleEntriesService,
    private readonly decisions: EntryDecisionsService,
    private readonly custodySteps: SampleCustodyService,
    private readonly samples: SampleQueryService,
  ) {}

  @Post(':showcaseId/invitations')
  @Roles(Role.Organiser, Role.Admin)
  @ApiOperation({ summary: 'Invite a producer’s sample-available product; the producer accepts' })
  @ApiCreatedResponse({ type: SampleDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'already_in_showcase, fair_finished' })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'sample_not_available' })
  invite(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('showcaseId') showcaseId: string,
    @Body() dto: InviteSampleDto,
  ): Promise<SampleDto> {
    return this.entries.invite(user, fairId, showcaseId, dto);
  }

  @Post(':showcaseId/proposals')
  @Roles(Role.Producer)
  @ApiOperation({ summary: 'Propose one of the producer’s own products; the organisers accept' })
  @ApiCreatedResponse({ type: SampleDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'already_in_showcase, fair_finished' })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'sample_not_available' })
  propose(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('showcaseId') showcaseId: string,
    @Body() dto: ProposeSampleDto,
  ): Promise<SampleDto> {
    return this.entries.propose(user, fairId, showcaseId, dto);
  }

  @Get(':showcaseId/samples/:sampleId')
  @Roles(Role.Organiser, Role.Admin, Role.Producer)
  @ApiOperation({ summary: 'One entry or sample with its custody trail' })
  @ApiOkResponse({ type: SampleDto })
  sample(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('showcaseId') showcaseId: string,
    @UuidParam('sampleId') sampleId: string,
  ): Promise<SampleDto> {
    return this.samples.get(user, fairId, showcaseId, sampleId);
  }

  @Post(':showcaseId/samples/:sampleId/accept')
  @HttpCode(200)
  @Roles(Role.Organiser, Role.Admin, Role.Producer)
  @ApiOperation({
    summary:
      'Accept: the producer an invitation, the organisers a proposal. The sample gets its label code and custody starts (requested)',
  })
  @ApiOkResponse({ type: SampleDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto, description: 'not_your_decision' })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'entry_not_pending, label_code_taken, fair_finished',
  })
  accept(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('showcaseId') showcaseId: string,
    @UuidParam('sampleId') sampleId: string,
    @Body() dto: AcceptEntryDto,
  ): Promise<SampleDto> {
    return this.decisions.accept(user, fairId, showcaseId, sampleId, dto);
  }

  @Post(':showcaseId/samples/:sampleId/decline')
  @HttpCode(200)
  @Roles(Role.Organiser, Role.Admin, Role.Producer)
  @ApiOperation({ summary: 'Decline the other side’s entry, or withdraw one’s own' })
  @ApiOkResponse({ type: SampleDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'entry_not_pending' })
  decline(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('showcaseId') showcaseId: string,
    @UuidParam('sampleId') sampleId: string,
    @Body() dto: DeclineEntryDto,
  ): Promise<SampleDto> {
    return this.decisions.decline(user, fairId, showcaseId, sampleId, dto);
  }

  @Post(':showcaseId/samples/:sampleId/custody')
  @HttpCode(200)
  @Roles(Role.Organiser, Role.Admin)
  @ApiOperation({
    summary:
      'Record a custody step: receive, display, return, sell, mark_damaged, mark_lost, or cancel (a requested sample that never arrived, with a note; only from requested). Receipt, return and cancellation are emailed to the producer',
  })
  @ApiOkResponse({ type: SampleDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'custody_step_refused' })
  custody(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('showcaseId') showcaseId: string,
    @UuidParam('sampleId') sampleId: string,
    @Body() dto: CustodyStepDto,
  ): Promise<SampleDto> {
    return this.custodySteps.custody(user, fairId, showcaseId, sampleId, dto);
  }
}
