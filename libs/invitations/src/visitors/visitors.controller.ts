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
  assertBodyAccess,
  AuthUser,
  CurrentUser,
  ErrorBodyDto,
  Page,
  Role,
  Roles,
  UuidParam,
} from '@hoicho/platform';
import {
  CreateVisitorDto,
  UpdateVisitorDto,
  VisitorDto,
  VisitorPageDto,
  VisitorQueryDto,
} from './dto/visitor.dto';
import { VisitorsService } from './visitors.service';

@ApiTags('visitors')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such body or visitor, or not yours' })
@Roles(Role.Admin, Role.Organiser)
@Controller('api/v1')
export class VisitorsController {
  constructor(private readonly visitors: VisitorsService) {}

  @Get('organising-bodies/:bodyId/visitors')
  @ApiOperation({ summary: 'A body’s visitors, by name; search ignores diacritics' })
  @ApiOkResponse({ type: VisitorPageDto })
  list(
    @CurrentUser() user: AuthUser,
    @UuidParam('bodyId') bodyId: string,
    @Query() query: VisitorQueryDto,
  ): Promise<Page<VisitorDto>> {
    assertBodyAccess(user, bodyId);
    return this.visitors.list(bodyId, query);
  }

  @Post('organising-bodies/:bodyId/visitors')
  @ApiOperation({ summary: 'Add one visitor (the email must be new to the list)' })
  @ApiCreatedResponse({ type: VisitorDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'visitor_exists' })
  create(
    @CurrentUser() user: AuthUser,
    @UuidParam('bodyId') bodyId: string,
    @Body() dto: CreateVisitorDto,
  ): Promise<VisitorDto> {
    assertBodyAccess(user, bodyId);
    return this.visitors.create(bodyId, dto);
  }

  @Get('visitors/:visitorId')
  @ApiOperation({ summary: 'One visitor' })
  @ApiOkResponse({ type: VisitorDto })
  get(
    @CurrentUser() user: AuthUser,
    @UuidParam('visitorId') visitorId: string,
  ): Promise<VisitorDto> {
    return this.visitors.get(user, visitorId);
  }

  @Patch('visitors/:visitorId')
  @ApiOperation({ summary: 'Change a visitor; null clears an optional field' })
  @ApiOkResponse({ type: VisitorDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'visitor_exists' })
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('visitorId') visitorId: string,
    @Body() dto: UpdateVisitorDto,
  ): Promise<VisitorDto> {
    return this.visitors.update(user, visitorId, dto);
  }
}
