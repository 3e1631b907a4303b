import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, ErrorBodyDto, Role, Roles, UuidParam } from '@hoicho/platform';
import { CreateApplicationDto } from '../dto/application-input.dto';
import { ApplicationProgressService } from './application-progress.service';
import { FairApplicantDto, FeeQuoteDto } from './dto/progress.dto';

/** What a producer filling in the form needs before saving anything: neighbours and the price. */
@ApiTags('applications (producers)')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such fair (or a draft one)' })
@Controller('api/v1/fairs/:fairId')
export class ApplicationPreviewController {
  constructor(private readonly progress: ApplicationProgressService) {}

  @Get('applicants')
  @Roles(Role.Producer)
  @ApiOperation({
    summary: 'Other producers with a submitted application to the fair, by name',
    description: 'For the “stand near” wishes; names and producer ids only, never contacts.',
  })
  @ApiOkResponse({ type: [FairApplicantDto] })
  applicants(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
  ): Promise<FairApplicantDto[]> {
    return this.progress.fairApplicants(user, fairId);
  }

  @Post('application-quote')
  @HttpCode(200)
  @Roles(Role.Producer)
  @ApiOperation({
    summary: 'What an application with these wishes would cost if approved now; saves nothing',
  })
  @ApiOkResponse({ type: FeeQuoteDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto, description: 'a wish the fair cannot take' })
  quote(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() dto: CreateApplicationDto,
  ): Promise<FeeQuoteDto> {
    return this.progress.quoteWishes(user, fairId, dto);
  }
}
