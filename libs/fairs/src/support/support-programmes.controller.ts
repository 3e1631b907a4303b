import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, ErrorBodyDto, Role, Roles, UuidParam } from '@hoicho/platform';
import {
  CreateSupportProgrammeDto,
  SupportProgrammeDto,
  UpdateSupportProgrammeDto,
} from './dto/support-programme.dto';
import { SupportProgrammesService } from './support-programmes.service';

@ApiTags('support programmes')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@ApiNotFoundResponse({
  type: ErrorBodyDto,
  description: 'no such fair or programme, or another body’s',
})
@Controller('api/v1/fairs/:fairId/support-programmes')
export class SupportProgrammesController {
  constructor(private readonly programmes: SupportProgrammesService) {}

  @ApiOperation({ summary: 'Add a support programme to a fair' })
  @Post()
  @Roles(Role.Admin, Role.Organiser)
  @ApiCreatedResponse({ type: SupportProgrammeDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'fair_locked' })
  create(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() dto: CreateSupportProgrammeDto,
  ): Promise<SupportProgrammeDto> {
    return this.programmes.create(user, fairId, dto);
  }

  @ApiOperation({ summary: 'Support programmes of a fair' })
  @Get()
  @Roles(Role.Admin, Role.Organiser)
  @ApiOkResponse({ type: [SupportProgrammeDto] })
  list(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
  ): Promise<SupportProgrammeDto[]> {
    return this.programmes.list(user, fairId);
  }

  @ApiOperation({ summary: 'A support programme' })
  @Get(':programmeId')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOkResponse({ type: SupportProgrammeDto })
  get(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('programmeId') programmeId: string,
  ): Promise<SupportProgrammeDto> {
    return this.programmes.get(user, fairId, programmeId);
  }

  @ApiOperation({ summary: 'Change a support programme' })
  @Patch(':programmeId')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOkResponse({ type: SupportProgrammeDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'budget_below_used, fair_locked' })
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('programmeId') programmeId: string,
    @Body() dto: UpdateSupportProgrammeDto,
  ): Promise<SupportProgrammeDto> {
    return this.programmes.update(user, fairId, programmeId, dto);
  }

  @ApiOperation({ summary: 'Delete a support programme' })
  @Delete(':programmeId')
  @HttpCode(204)
  @Roles(Role.Admin, Role.Organiser)
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'in_use (budget granted), fair_locked' })
  async remove(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('programmeId') programmeId: string,
  ): Promise<void> {
    await this.programmes.remove(user, fairId, programmeId);
  }
}
