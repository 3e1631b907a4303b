import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { UsersService } from '@hoicho/accounts';
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
import {
  ProducerDto,
  ProducerMemberDto,
  ProducerSignUpDto,
  ProducerSignUpResultDto,
  UpdateProducerDto,
} from './dto/producer-sign-up.dto';
import { ProducersService } from './producers.service';

@ApiTags('producers')
@ApiBadRequestResponse({ type: ErrorBodyDto })
@Controller('api/v1/producers')
export class ProducersController {
  constructor(
    private readonly producers: ProducersService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @RateLimit('signup')
  @Post('sign-up')
  @ApiOperation({
    summary: 'Register a producer and its first member; a verification email follows',
  })
  @ApiCreatedResponse({ type: ProducerSignUpResultDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'email already registered' })
  async signUp(@Body() dto: ProducerSignUpDto): Promise<ProducerSignUpResultDto> {
    const result = await this.producers.signUp(dto);
    return { ...result, next: 'check your email to confirm the address' };
  }

  @Get(':producerId')
  @ApiBearerAuth()
  @Roles(Role.Producer, Role.Organiser, Role.Admin)
  @ApiOkResponse({ type: ProducerDto })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  get(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
  ): Promise<ProducerDto> {
    assertProducerAccess(user, producerId, 'read');
    return this.producers.get(producerId);
  }

  @Patch(':producerId')
  @ApiBearerAuth()
  @Roles(Role.Producer, Role.Admin)
  @ApiOkResponse({ type: ProducerDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
    @Body() dto: UpdateProducerDto,
  ): Promise<ProducerDto> {
    assertProducerAccess(user, producerId, 'write');
    return this.producers.update(producerId, dto);
  }

  @Get(':producerId/members')
  @ApiBearerAuth()
  @Roles(Role.Producer, Role.Organiser, Role.Admin)
  @ApiOkResponse({ type: [ProducerMemberDto] })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async members(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
  ): Promise<ProducerMemberDto[]> {
    assertProducerAccess(user, producerId, 'read');
    await this.producers.get(producerId);
    return (await this.users.listByProducer(producerId)).map(
      ({ id, email, fullName, emailVerifiedAt }) => ({ id, email, fullName, emailVerifiedAt }),
    );
  }
}
