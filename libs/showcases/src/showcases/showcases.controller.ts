import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { AuthUser, CurrentUser, ErrorBodyDto, Role, Roles, UuidParam } from '@hoicho/platform';
import { Response } from 'express';
import { LabelsService, LabelSheet } from '../labels/labels.service';
import {
  AcceptEntryDto,
  CustodyStepDto,
  DeclineEntryDto,
  InviteSampleDto,
  ProposeSampleDto,
  SampleDto,
  ShowcaseWithSamplesDto,
  UnreturnedReportDto,
} from '../samples/dto/sample.dto';
import { SamplesService } from '../samples/samples.service';
import { CreateShowcaseDto, ShowcaseDto, UpdateShowcaseDto } from './dto/showcase.dto';
import { ShowcaseDeletion } from './showcase-deletion.service';
import { ShowcasesService } from './showcases.service';

export class LabelPageQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  page = 1;
}

function sendSvg(res: Response, sheet: LabelSheet, name: string): void {
  res
    .status(200)
    .set({
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Content-Disposition': `inline; filename="${name}-${sheet.page}.svg"`,
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
      'X-Content-Type-Options': 'nosniff',
      'X-Label-Page': String(sheet.page),
      'X-Label-Pages': String(sheet.pages),
      'Cache-Control': 'no-store',
    })
    .send(sheet.svg);
}

@ApiTags('showcases')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto, description: 'invalid fields, named' })
@ApiNotFoundResponse({
  type: ErrorBodyDto,
  description: 'no such fair, showcase or sample, or another’s',
})
@Controller('api/v1/fairs/:fairId/showcases')
export class ShowcasesController {
  constructor(
    private readonly showcases: ShowcasesService,
    private readonly samples: SamplesService,
    private readonly labels: LabelsService,
    private readonly deletion: ShowcaseDeletion,
  ) {}

  @Get()
  @Roles(Role.Organiser, Role.Admin, Role.Producer)
  @ApiOperation({ summary: 'The fair’s showcases with counts of entries (producers: their own)' })
  @ApiOkResponse({ type: [ShowcaseDto] })
  list(@CurrentUser() user: AuthUser, @UuidParam('fairId') fairId: string): Promise<ShowcaseDto[]> {
    return this.showcases.list(user, fairId);
  }

  @Post()
  @Roles(Role.Organiser, Role.Admin)
  @ApiOperation({ summary: 'Create a showcase' })
  @ApiCreatedResponse({ type: ShowcaseDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'fair_finished' })
  create(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() dto: CreateShowcaseDto,
  ): Promise<ShowcaseDto> {
    return this.showcases.create(user, fairId, dto);
  }

  // Before ':showcaseId', so the word is not taken for an id.
  @Get('unreturned')
  @Roles(Role.Organiser, Role.Admin)
  @ApiOperation({
    summary: 'Samples not yet returned (received or on display): the list to clear at close',
  })
  @ApiOkResponse({ type: UnreturnedReportDto })
  unreturned(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
  ): Promise<UnreturnedReportDto> {
    return this.samples.unreturned(user, fairId);
  }

  @Get(':showcaseId')
  @Roles(Role.Organiser, Role.Admin, Role.Producer)
  @ApiOperation({ summary: 'A showcase with its entries and samples (producers: their own)' })
  @ApiOkResponse({ type: ShowcaseWithSamplesDto })
  get(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('showcaseId') showcaseId: string,
  ): Promise<ShowcaseWithSamplesDto> {
    return this.samples.showcaseWithSamples(user, fairId, showcaseId);
  }

  @Patch(':showcaseId')
  @Roles(Role.Organiser, Role.Admin)
  @ApiOperation({ summary: 'Change a showcase; optional fields are cleared with null' })
  @ApiOkResponse({ type: ShowcaseDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'fair_finished' })
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('showcaseId') showcaseId: string,
    @Body() dto: UpdateShowcaseDto,
  ): Promise<ShowcaseDto> {
    return this.showcases.update(user, fairId, showcaseId, dto);
  }

  @Delete(':showcaseId')
  @HttpCode(204)
  @Roles(Role.Organiser, Role.Admin)
  @ApiOperation({
    summary:
      'Delete a showcase with its open, declined and withdrawn entries; refused while any sample has a custody trail',
  })
  @ApiNoContentResponse()
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'showcase_has_custody (details: samplesInCustody, byStatus), fair_finished',
  })
  remove(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('showcaseId') showcaseId: string,
  ): Promise<void> {
    return this.deletion.delete(user, fairId, showcaseId);
  }

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
    return this.samples.invite(user, fairId, showcaseId, dto);
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
    return this.samples.propose(user, fairId, showcaseId, dto);
  }

  @Get(':showcaseId/labels.svg')
  @Roles(Role.Organiser, Role.Admin)
  @ApiOperation({
    summary:
      'A4 label sheet (SVG, 10 labels a page) of the accepted samples, QR to each product’s public page',
  })
  @ApiProduces('image/svg+xml')
  @ApiQuery({
    name: 'page',
    required: false,
    description: 'sheet number; X-Label-Pages says how many',
  })
  @ApiOkResponse({ description: 'one SVG page, sized in mm for printing at 100 %' })
  async labelSheet(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('showcaseId') showcaseId: string,
    @Query() query: LabelPageQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    sendSvg(res, await this.labels.sheet(user, fairId, showcaseId, query.page), 'labels');
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

  @Get(':showcaseId/samples/:sampleId/label.svg')
  @Roles(Role.Organiser, Role.Admin)
  @ApiOperation({ summary: 'The label of one accepted sample on an A4 sheet (SVG)' })
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({ description: 'one SVG page' })
  async sampleLabel(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('showcaseId') showcaseId: string,
    @UuidParam('sampleId') sampleId: string,
    @Res() res: Response,
  ): Promise<void> {
    sendSvg(res, await this.labels.sheet(user, fairId, showcaseId, 1, sampleId), 'label');
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
    return this.samples.accept(user, fairId, showcaseId, sampleId, dto);
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
    return this.samples.decline(user, fairId, showcaseId, sampleId, dto);
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
    return this.samples.custody(user, fairId, showcaseId, sampleId, dto);
  }
}
