import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
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
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, ErrorBodyDto, Role, Roles, UuidParam } from '@hoicho/platform';
import { ChangeFairStatusDto, FairStatusChangeDto } from './dto/fair-status.dto';
import { FairDto } from './dto/fair-view.dto';
import { UpdateFairDto } from './dto/update-fair.dto';
import { FairEditorService } from './fair-editor.service';
import { FairQueryService } from './fair-query.service';
import { FairStatusService } from './fair-status.service';

@ApiTags('fairs')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such fair, or another body’s' })
@Controller('api/v1/fairs/:fairId')
export class FairsController {
  constructor(
    private readonly editor: FairEditorService,
    private readonly fairs: FairQueryService,
    private readonly statuses: FairStatusService,
  ) {}

  @ApiOperation({ summary: 'A fair' })
  @Get()
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOkResponse({ type: FairDto })
  get(@CurrentUser() user: AuthUser, @UuidParam('fairId') fairId: string): Promise<FairDto> {
    return this.fairs.get(user, fairId);
  }

  @Patch()
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({ summary: 'Change a fair’s details (not once closed or cancelled)' })
  @ApiOkResponse({ type: FairDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'fair_locked' })
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() dto: UpdateFairDto,
  ): Promise<FairDto> {
    return this.editor.update(user, fairId, dto);
  }

  @Post('status')
  @HttpCode(200)
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({
    summary: 'Move the fair to its next status',
    description:
      'draft → open → allocating → published → running → closed; cancelled from any status ' +
      'before running. Opening needs zones and booth types; allocating needs a rentable booth.',
  })
  @ApiOkResponse({ type: FairDto })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'fair_transition: not allowed from here',
  })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'fair_not_ready' })
  changeStatus(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() dto: ChangeFairStatusDto,
  ): Promise<FairDto> {
    return this.statuses.change(user, fairId, dto);
  }

  @Get('status-changes')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({ summary: 'Every status change, oldest first, with who made it' })
  @ApiOkResponse({ type: [FairStatusChangeDto] })
  history(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
  ): Promise<FairStatusChangeDto[]> {
    return this.statuses.history(user, fairId);
  }
}
