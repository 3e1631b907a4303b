import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
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
import { CreateFairDto } from './dto/create-fair.dto';
import { FairQueryDto } from './dto/fair-query.dto';
import { FairDto, FairPageDto } from './dto/fair-view.dto';
import { FairEditorService } from './fair-editor.service';
import { FairQueryService } from './fair-query.service';

@ApiTags('fairs')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such body, or not the caller’s' })
@Controller('api/v1/organising-bodies/:bodyId/fairs')
export class BodyFairsController {
  constructor(
    private readonly editor: FairEditorService,
    private readonly fairs: FairQueryService,
  ) {}

  @Post()
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({ summary: 'Create a fair (draft) for an organising body' })
  @ApiCreatedResponse({ type: FairDto })
  create(
    @CurrentUser() user: AuthUser,
    @UuidParam('bodyId') bodyId: string,
    @Body() dto: CreateFairDto,
  ): Promise<FairDto> {
    return this.editor.create(user, bodyId, dto);
  }

  @Get()
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOperation({ summary: 'A body’s fairs, newest first, optionally of one status' })
  @ApiOkResponse({ type: FairPageDto })
  list(
    @CurrentUser() user: AuthUser,
    @UuidParam('bodyId') bodyId: string,
    @Query() query: FairQueryDto,
  ): Promise<Page<FairDto>> {
    return this.fairs.listByBody(user, bodyId, query);
  }
}
