import { Body, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, ErrorBodyDto, Role, Roles, UuidParam } from '@hoicho/platform';
import { ShowcaseWithSamplesDto, UnreturnedReportDto } from '../samples/dto/sample.dto';
import { SampleQueryService } from '../samples/sample-query.service';
import { UnreturnedReportService } from '../samples/unreturned-report.service';
import { CreateShowcaseDto, ShowcaseDto, UpdateShowcaseDto } from './dto/showcase.dto';
import { ShowcaseDeletion } from './showcase-deletion.service';
import { ShowcasesService } from './showcases.service';
import { ShowcaseRoutes } from './showcase-routes.decorator';

/** The showcases of a fair; their entries and samples are in ShowcaseSamplesController. */
@ShowcaseRoutes()
export class ShowcasesController {
  constructor(
    private readonly showcases: ShowcasesService,
    private readonly samples: SampleQueryService,
    private readonly deletion: ShowcaseDeletion,
    private readonly unreturnedReport: UnreturnedReportService,
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
    return this.unreturnedReport.report(user, fairId);
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
}
