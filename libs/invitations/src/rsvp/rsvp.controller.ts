import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBodyDto, Public, RateLimit, UuidParam } from '@hoicho/platform';
import {
  AnswerDto,
  InvitationViewDto,
  RegistrationDto,
  RegistrationResultDto,
} from './dto/rsvp.dto';
import { RegistrationService } from './registration.service';
import { RsvpService } from './rsvp.service';

/** What the personal link and the public registration form call; no login. */
@ApiTags('invitations (public)')
@Public()
@ApiBadRequestResponse({ type: ErrorBodyDto })
@Controller('api/v1')
export class RsvpController {
  constructor(
    private readonly rsvp: RsvpService,
    private readonly registrations: RegistrationService,
  ) {}

  @Get('invitations/:token')
  @RateLimit('public')
  @ApiOperation({ summary: 'The invitation behind a personal link (marks it opened)' })
  @ApiOkResponse({ type: InvitationViewDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'invitation_not_found' })
  view(@Param('token') token: string): Promise<InvitationViewDto> {
    return this.rsvp.view(token);
  }

  @Post('invitations/:token/answer')
  @HttpCode(200)
  @RateLimit('public')
  @ApiOperation({
    summary: 'Accept (with guests) or decline; change it until the fair opens',
    description: 'Accepting issues a ticket (its QR is in the answer and is emailed).',
  })
  @ApiOkResponse({ type: InvitationViewDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'invitation_not_found' })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'rsvp_closed' })
  answer(@Param('token') token: string, @Body() dto: AnswerDto): Promise<InvitationViewDto> {
    return this.rsvp.answer(token, dto);
  }

  @Post('public/fairs/:fairId/registrations')
  @HttpCode(202)
  @RateLimit('form')
  @ApiOperation({ summary: 'Register for a fair (walk-in or online): the ticket comes by email' })
  @ApiAcceptedResponse({ type: RegistrationResultDto })
  @ApiNotFoundResponse({
    type: ErrorBodyDto,
    description: 'no such fair, or one not announced to the public (a draft or cancelled fair)',
  })
  @ApiUnprocessableEntityResponse({
    type: ErrorBodyDto,
    description: 'fair_over, fair_has_no_days',
  })
  register(
    @UuidParam('fairId') fairId: string,
    @Body() dto: RegistrationDto,
  ): Promise<RegistrationResultDto> {
    return this.registrations.register(fairId, dto);
  }
}
