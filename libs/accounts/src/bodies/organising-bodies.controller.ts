import { Body, Controller, Get, Post } from '@nestjs/common';
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
  assertBodyAccess,
  AuthUser,
  CurrentUser,
  ErrorBodyDto,
  Role,
  Roles,
  UuidParam,
} from '@hoicho/platform';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import {
  CreateOrganisingBodyDto,
  CreateStaffDto,
  OrganisingBodyDto,
  UserViewDto,
} from './dto/organising-body.dto';
import { OrganisingBodiesService } from './organising-bodies.service';

const userView = (u: User): UserViewDto => ({
  id: u.id,
  email: u.email,
  fullName: u.fullName,
  role: u.role,
  locale: u.locale,
  emailVerifiedAt: u.emailVerifiedAt,
  createdAt: u.createdAt,
});

@ApiTags('organising bodies')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@Controller('api/v1/organising-bodies')
export class OrganisingBodiesController {
  constructor(
    private readonly bodies: OrganisingBodiesService,
    private readonly users: UsersService,
  ) {}

  @Post()
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Create an organising body (admins)' })
  @ApiCreatedResponse({ type: OrganisingBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto })
  create(@Body() dto: CreateOrganisingBodyDto): Promise<OrganisingBodyDto> {
    return this.bodies.create(dto);
  }

  @ApiOperation({ summary: 'List organising bodies' })
  @Get()
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOkResponse({ type: [OrganisingBodyDto] })
  list(@CurrentUser() user: AuthUser): Promise<OrganisingBodyDto[]> {
    return this.bodies.list(user);
  }

  @ApiOperation({ summary: 'An organising body' })
  @Get(':bodyId')
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOkResponse({ type: OrganisingBodyDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  get(
    @CurrentUser() user: AuthUser,
    @UuidParam('bodyId') bodyId: string,
  ): Promise<OrganisingBodyDto> {
    assertBodyAccess(user, bodyId);
    return this.bodies.get(bodyId);
  }

  @ApiOperation({ summary: 'Users of an organising body' })
  @Get(':bodyId/users')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOkResponse({ type: [UserViewDto] })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async listUsers(
    @CurrentUser() user: AuthUser,
    @UuidParam('bodyId') bodyId: string,
  ): Promise<UserViewDto[]> {
    assertBodyAccess(user, bodyId);
    return (await this.users.listByBody(bodyId)).map(userView);
  }

  @Post(':bodyId/users')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({
    summary: 'Add an organiser or gate staff member; they get an email to set a password',
  })
  @ApiCreatedResponse({ type: UserViewDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'email taken' })
  async addUser(
    @CurrentUser() user: AuthUser,
    @UuidParam('bodyId') bodyId: string,
    @Body() dto: CreateStaffDto,
  ): Promise<UserViewDto> {
    assertBodyAccess(user, bodyId);
    return userView(await this.bodies.addStaff(bodyId, dto));
  }
}
