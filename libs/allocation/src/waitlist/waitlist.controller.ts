import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
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
import { AuthUser, CurrentUser, ErrorBodyDto, Role, Roles, UuidParam } from '@hoicho/platform';
import { MakeOffersDto, OfferDto, OfferRoundDto, WaitlistDto } from './dto/waitlist.dto';
import { OfferAnswersService } from './offer-answers.service';
import { OfferRoundService } from './offer-round.service';
import { WaitlistViewService } from './waitlist-view.service';

@ApiTags('allocation')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto, description: 'validation_failed names the field' })
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such fair or offer, or not yours' })
@Controller('api/v1')
export class WaitlistController {
  constructor(
    private readonly waitlist: WaitlistViewService,
    private readonly rounds: OfferRoundService,
    private readonly answers: OfferAnswersService,
  ) {}

  @Get('fairs/:fairId/waitlist')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({ summary: 'The waiting list in priority order, free booths and every offer' })
  @ApiOkResponse({ type: WaitlistDto })
  view(@CurrentUser() user: AuthUser, @UuidParam('fairId') fairId: string): Promise<WaitlistDto> {
    return this.waitlist.view(user, fairId);
  }

  @Post('fairs/:fairId/waitlist/offers')
  @HttpCode(200)
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({
    summary: 'Offer free booths to the waiting list in priority order',
    description:
      'Booths of withdrawn applications are freed first. Each waitlisted producer in turn is ' +
      'offered the best block among the booths left that fits its request; an offer expires ' +
      'after expiresInHours and passes on to the next producer.',
  })
  @ApiOkResponse({ type: OfferRoundDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'fair_not_allocating, booth_taken' })
  offer(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() dto: MakeOffersDto,
  ): Promise<OfferRoundDto> {
    return this.rounds.offer(user, fairId, dto);
  }

  @Get('waitlist-offers')
  @Roles(Role.Producer)
  @ApiOperation({ summary: 'Booth offers made to the producer' })
  @ApiOkResponse({ type: [OfferDto] })
  mine(@CurrentUser() user: AuthUser): Promise<OfferDto[]> {
    return this.waitlist.producerOffers(user);
  }

  @Get('waitlist-offers/:offerId')
  @Roles(Role.Producer)
  @ApiOperation({ summary: 'One booth offer made to the producer, with the time it expires' })
  @ApiOkResponse({ type: OfferDto })
  one(@CurrentUser() user: AuthUser, @UuidParam('offerId') offerId: string): Promise<OfferDto> {
    return this.waitlist.producerOffer(user, offerId);
  }

  @Post('waitlist-offers/:offerId/accept')
  @HttpCode(200)
  @Roles(Role.Producer)
  @ApiOperation({
    summary: 'Accept an offer: the application is approved and the booths are the producer’s',
  })
  @ApiOkResponse({ type: OfferDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'offer_closed, booth_taken' })
  accept(@CurrentUser() user: AuthUser, @UuidParam('offerId') offerId: string): Promise<OfferDto> {
    return this.answers.accept(user, offerId);
  }

  @Post('waitlist-offers/:offerId/decline')
  @HttpCode(200)
  @Roles(Role.Producer)
  @ApiOperation({ summary: 'Decline an offer: its booths pass to the next producer in line' })
  @ApiOkResponse({ type: OfferDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'offer_closed' })
  decline(@CurrentUser() user: AuthUser, @UuidParam('offerId') offerId: string): Promise<OfferDto> {
    return this.answers.decline(user, offerId);
  }
}
