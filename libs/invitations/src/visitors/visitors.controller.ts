import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
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
import { BulkVisitorsDto, BulkVisitorsResultDto } from './dto/visitor-bulk.dto';
import { VisitorBulkService } from './visitor-bulk.service';
import { VisitorErasureService } from './visitor-erasure.service';
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
  constructor(
    private readonly visitors: VisitorsService,
    private readonly erasure: VisitorErasureService,
    private readonly bulk: VisitorBulkService,
  ) {}

  @Post('organising-bodies/:bodyId/visitors/bulk')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Add or remove tags, or set the segment, of many visitors at once (all or none)',
  })
  @ApiOkResponse({ type: BulkVisitorsResultDto })
  bulkEdit(
    @CurrentUser() user: AuthUser,
    @UuidParam('bodyId') bodyId: string,
    @Body() dto: BulkVisitorsDto,
  ): Promise<BulkVisitorsResultDto> {
    return this.bulk.apply(user, bodyId, dto);
  }

  @Get('organising-bodies/:bodyId/visitors')
  @ApiOperation({ summary: 'A body’s visitors, by name; search ignores diacritics' })
  @ApiOkResponse({ type: VisitorPageDto })
  list(
    @CurrentUser() user: AuthUser,
    @UuidParam('bodyId') bodyId: string,
    @Query() query: VisitorQueryDto,
  ): Promise<Page<VisitorDto>> {
    return this.visitors.list(user, bodyId, query);
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
    return this.visitors.create(user, bodyId, dto);
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

  @Delete('visitors/:visitorId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete a visitor and their personal data (e.g. at their request)',
    description:
      'The visitor and every personal field are deleted; their tickets are revoked (a gate ' +
      'answers "revoked", and they are on the fair’s revocation list). Their invitations, ' +
      'tickets and check-ins stay as anonymous rows, so answers, the campaign funnel and ' +
      'admissions per gate and hour keep counting them; the campaign’s invitation list no ' +
      'longer shows them. The delivery log and the suppression list are not changed (an ' +
      'unsubscribed address stays unsubscribed). Importing the address again makes a new visitor.',
  })
  @ApiNoContentResponse({ description: 'deleted' })
  async remove(
    @CurrentUser() user: AuthUser,
    @UuidParam('visitorId') visitorId: string,
  ): Promise<void> {
    await this.erasure.erase(user, visitorId);
  }
}
