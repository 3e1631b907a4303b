import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { User } from '@hoicho/accounts';
import {
  AppError,
  assertProducerAccess,
  AuthUser,
  CurrentUser,
  ErrorBodyDto,
  Role,
  Roles,
  UuidParam,
} from '@hoicho/platform';
import { ProducerDisclosures } from '../disclosures/producer-disclosures.service';
import { AddProducerMemberDto, ProducerMemberDto } from './producer-member.dto';
import { ProducerMembersService } from './producer-members.service';

const memberView = ({ id, email, fullName, emailVerifiedAt }: User): ProducerMemberDto => ({
  id,
  email,
  fullName,
  emailVerifiedAt,
});

@ApiTags('producers')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such producer, or another’s' })
@Controller('api/v1/producers/:producerId/members')
export class ProducerMembersController {
  constructor(
    private readonly members: ProducerMembersService,
    private readonly disclosures: ProducerDisclosures,
  ) {}

  @ApiOperation({ summary: 'Members of a producer' })
  @Get()
  @Roles(Role.Producer, Role.Organiser, Role.Admin)
  @ApiOkResponse({ type: [ProducerMemberDto] })
  async list(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
  ): Promise<ProducerMemberDto[]> {
    assertProducerAccess(user, producerId, 'read');
    // Members' names and emails are private: not for organisers it has not applied to.
    if (!(await this.disclosures.mayReadPrivate(user, producerId)))
      throw AppError.notFound('Producer');
    return (await this.members.list(producerId)).map(memberView);
  }

  @Post()
  @Roles(Role.Producer, Role.Admin)
  @ApiOperation({ summary: 'Add a member by email; they get an email to set a password' })
  @ApiCreatedResponse({ type: ProducerMemberDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'email_taken' })
  async add(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
    @Body() dto: AddProducerMemberDto,
  ): Promise<ProducerMemberDto> {
    assertProducerAccess(user, producerId, 'write');
    return memberView(await this.members.add(producerId, dto));
  }

  @Delete(':userId')
  @HttpCode(204)
  @Roles(Role.Producer, Role.Admin)
  @ApiOperation({
    summary: 'Remove a member: the account is disabled and its sessions end at once',
  })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'cannot_remove_self' })
  async remove(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
    @UuidParam('userId') userId: string,
  ): Promise<void> {
    assertProducerAccess(user, producerId, 'write');
    await this.members.remove(producerId, userId, user);
  }
}
