import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
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
import {
  assertProducerAccess,
  AuthUser,
  CurrentUser,
  ErrorBodyDto,
  Public,
  RateLimit,
  Role,
  Roles,
  UuidParam,
} from '@hoicho/platform';
import { ProducerSignUpDto, ProducerSignUpResultDto } from './dto/producer-sign-up.dto';
import { ProducerQueryDto } from './dto/producer-query.dto';
import { ProducerDto, ProducerPageDto } from './dto/producer-view.dto';
import { UpdateProducerDto } from './dto/update-producer.dto';
import { ProducerDisclosures } from './disclosures/producer-disclosures.service';
import { ProducerReader } from './producer-reader.service';
import { ProducerSearchService } from './producer-search.service';
import { ProducersService } from './producers.service';

@ApiTags('producers')
@ApiBadRequestResponse({ type: ErrorBodyDto })
@Controller('api/v1/producers')
export class ProducersController {
  constructor(
    private readonly producers: ProducersService,
    private readonly reader: ProducerReader,
    private readonly search: ProducerSearchService,
    private readonly disclosures: ProducerDisclosures,
  ) {}

  @Public()
  @RateLimit('signup')
  @Post('sign-up')
  @ApiOperation({
    summary: 'Register a producer and its first member; a verification email follows',
  })
  @ApiCreatedResponse({
    type: ProducerSignUpResultDto,
    description: 'the same answer whether or not the address already has an account',
  })
  async signUp(@Body() dto: ProducerSignUpDto): Promise<ProducerSignUpResultDto> {
    await this.producers.signUp(dto);
    return { next: 'check your email to confirm the address' };
  }

  @Get()
  @ApiBearerAuth()
  @Roles(Role.Organiser, Role.Admin)
  @ApiOperation({
    summary: 'Find producers by name, village or craft (diacritics ignored), in Vietnamese order',
  })
  @ApiOkResponse({ type: ProducerPageDto })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  list(@Query() query: ProducerQueryDto): Promise<ProducerPageDto> {
    return this.search.search(query);
  }

  @ApiOperation({ summary: 'A producer' })
  @Get(':producerId')
  @ApiBearerAuth()
  @Roles(Role.Producer, Role.Organiser, Role.Admin)
  @ApiOperation({
    summary:
      'The profile; organisers of a body the producer has not applied to get its public part',
  })
  @ApiOkResponse({ type: ProducerDto })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async get(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
  ): Promise<ProducerDto> {
    assertProducerAccess(user, producerId, 'read');
    return (await this.disclosures.mayReadPrivate(user, producerId))
      ? this.reader.detail(producerId)
      : this.reader.publicDetail(producerId);
  }

  @Patch(':producerId')
  @ApiBearerAuth()
  @Roles(Role.Producer, Role.Admin)
  @ApiOperation({
    summary: 'Change the profile; the tax code is checked against the legal form',
  })
  @ApiOkResponse({ type: ProducerDto })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'tax_code_taken' })
  async update(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
    @Body() dto: UpdateProducerDto,
  ): Promise<ProducerDto> {
    assertProducerAccess(user, producerId, 'write');
    await this.producers.update(producerId, dto);
    return this.reader.detail(producerId);
  }
}
