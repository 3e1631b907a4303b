import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
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
import { AuthUser, CurrentUser, ErrorBodyDto, Role, Roles, UuidParam } from '@hoicho/platform';
import {
  CreateApplicationDto,
  UpdateApplicationDto,
  WithdrawApplicationDto,
} from '../dto/application-input.dto';
import { ApplicationDto, ApplicationFormDto } from '../dto/application-view.dto';
import { ProducerApplicationQueryDto } from '../dto/review-input.dto';
import { ApplicationFormService } from './application-form.service';
import { ApplicationSubmissionService } from './application-submission.service';
import { ApplicationWithdrawalService } from './application-withdrawal.service';
import { DraftApplicationsService } from './draft-applications.service';
import { OwnApplications } from './own-applications';

@ApiTags('applications (producers)')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@ApiNotFoundResponse({
  type: ErrorBodyDto,
  description: 'no such fair or application, or another producer’s',
})
@Controller('api/v1')
export class ProducerApplicationsController {
  constructor(
    private readonly forms: ApplicationFormService,
    private readonly drafts: DraftApplicationsService,
    private readonly submissions: ApplicationSubmissionService,
    private readonly withdrawals: ApplicationWithdrawalService,
    private readonly own: OwnApplications,
  ) {}

  @Get('fairs/:fairId/application-form')
  @Roles(Role.Producer)
  @ApiOperation({
    summary:
      'What a producer needs to apply: zones, booth types, programmes, and the required documents it lacks',
  })
  @ApiOkResponse({ type: ApplicationFormDto })
  form(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
  ): Promise<ApplicationFormDto> {
    return this.forms.form(user, fairId);
  }

  @Post('fairs/:fairId/applications')
  @Roles(Role.Producer)
  @ApiOperation({
    summary: 'Start an application (a draft) to an open fair',
    description: 'One live application per producer and fair; submit it when it is complete.',
  })
  @ApiCreatedResponse({ type: ApplicationDto })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'application_exists, applications_closed',
  })
  create(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() dto: CreateApplicationDto,
  ): Promise<ApplicationDto> {
    return this.drafts.create(user, fairId, dto);
  }

  @Get('applications')
  @Roles(Role.Producer)
  @ApiOperation({ summary: 'The caller’s producer’s applications, newest first' })
  @ApiOkResponse({ type: [ApplicationDto] })
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: ProducerApplicationQueryDto,
  ): Promise<ApplicationDto[]> {
    return this.own.list(user, query.fairId);
  }

  @ApiOperation({ summary: 'One of the producer’s applications' })
  @Get('applications/:applicationId')
  @Roles(Role.Producer)
  @ApiOkResponse({ type: ApplicationDto })
  get(
    @CurrentUser() user: AuthUser,
    @UuidParam('applicationId') id: string,
  ): Promise<ApplicationDto> {
    return this.own.get(user, id);
  }

  @Patch('applications/:applicationId')
  @Roles(Role.Producer)
  @ApiOperation({ summary: 'Change a draft' })
  @ApiOkResponse({ type: ApplicationDto })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'application_not_editable, applications_closed',
  })
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('applicationId') id: string,
    @Body() dto: UpdateApplicationDto,
  ): Promise<ApplicationDto> {
    return this.drafts.update(user, id, dto);
  }

  @Post('applications/:applicationId/submit')
  @HttpCode(200)
  @Roles(Role.Producer)
  @ApiOperation({ summary: 'Submit a draft for review, inside the fair’s application window' })
  @ApiOkResponse({ type: ApplicationDto })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'application_transition, applications_closed',
  })
  submit(
    @CurrentUser() user: AuthUser,
    @UuidParam('applicationId') id: string,
  ): Promise<ApplicationDto> {
    return this.submissions.submit(user, id);
  }

  @Post('applications/:applicationId/withdraw')
  @HttpCode(200)
  @Roles(Role.Producer)
  @ApiOperation({
    summary: 'Withdraw an application',
    description:
      'From draft, submitted, approved or waitlisted. A released approval only until the ' +
      'fair’s withdrawal deadline; any support granted goes back to the programme’s budget.',
  })
  @ApiOkResponse({ type: ApplicationDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'application_transition' })
  withdraw(
    @CurrentUser() user: AuthUser,
    @UuidParam('applicationId') id: string,
    @Body() dto: WithdrawApplicationDto,
  ): Promise<ApplicationDto> {
    return this.withdrawals.withdraw(user, id, dto);
  }
}
