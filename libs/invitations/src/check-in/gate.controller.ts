import { Body, Controller, Get, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, ErrorBodyDto, Role, Roles, UuidParam } from '@hoicho/platform';
import { CheckInStatsService } from './check-in-stats.service';
import {
  GateConflictsDto,
  GateKitDto,
  GateSettingsDto,
  UpdateGateSettingsDto,
} from './dto/gate.dto';
import { GateKitService } from './gate-kit.service';
import { GateSettingsService } from './gate-settings.service';

@ApiTags('tickets and check-in')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such fair, or another body’s' })
@Controller('api/v1/fairs/:fairId')
export class GateController {
  constructor(
    private readonly settings: GateSettingsService,
    private readonly kits: GateKitService,
    private readonly statistics: CheckInStatsService,
  ) {}

  @Get('gate-settings')
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOperation({ summary: 'The fair’s gate days and how early before opening gates admit' })
  @ApiOkResponse({ type: GateSettingsDto })
  get(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
  ): Promise<GateSettingsDto> {
    return this.settings.get(user, fairId);
  }

  @Put('gate-settings')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({ summary: 'Set the early-entry window (minutes before each day’s opening)' })
  @ApiOkResponse({ type: GateSettingsDto })
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() dto: UpdateGateSettingsDto,
  ): Promise<GateSettingsDto> {
    return this.settings.update(user, fairId, dto.earlyEntryMinutes);
  }

  @Get('gate-kit')
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOperation({
    summary: 'What a gate device keeps to decide scans offline',
    description:
      'The public key, days, early entry, revoked tickets, parties’ sizes and today’s admissions.',
  })
  @ApiOkResponse({ type: GateKitDto })
  kit(@CurrentUser() user: AuthUser, @UuidParam('fairId') fairId: string): Promise<GateKitDto> {
    return this.kits.kit(user, fairId);
  }

  @Get('check-ins/conflicts')
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOperation({ summary: 'Tickets two gates admitted on one day while offline, newest first' })
  @ApiOkResponse({ type: GateConflictsDto })
  conflicts(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
  ): Promise<GateConflictsDto> {
    return this.statistics.conflicts(user, fairId);
  }
}
