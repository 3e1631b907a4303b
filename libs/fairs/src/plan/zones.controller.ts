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
import { CreateZoneDto, UpdateZoneDto, ZoneDto } from './dto/zone.dto';
import { ZonesService } from './zones.service';

@ApiTags('floor plans')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such fair or zone, or another body’s' })
@Controller('api/v1/fairs/:fairId/zones')
export class ZonesController {
  constructor(private readonly zones: ZonesService) {}

  @ApiOperation({ summary: 'Add a zone to a fair' })
  @Post()
  @Roles(Role.Admin, Role.Organiser)
  @ApiCreatedResponse({ type: ZoneDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'code_taken, plan_locked' })
  create(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() dto: CreateZoneDto,
  ): Promise<ZoneDto> {
    return this.zones.create(user, fairId, dto);
  }

  @ApiOperation({ summary: 'Zones of a fair' })
  @Get()
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOkResponse({ type: [ZoneDto] })
  list(@CurrentUser() user: AuthUser, @UuidParam('fairId') fairId: string): Promise<ZoneDto[]> {
    return this.zones.list(user, fairId);
  }

  @ApiOperation({ summary: 'A zone' })
  @Get(':zoneId')
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOkResponse({ type: ZoneDto })
  get(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('zoneId') zoneId: string,
  ): Promise<ZoneDto> {
    return this.zones.get(user, fairId, zoneId);
  }

  @ApiOperation({ summary: 'Change a zone' })
  @Patch(':zoneId')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOkResponse({ type: ZoneDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'code_taken, plan_locked' })
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('zoneId') zoneId: string,
    @Body() dto: UpdateZoneDto,
  ): Promise<ZoneDto> {
    return this.zones.update(user, fairId, zoneId, dto);
  }

  @Delete(':zoneId')
  @HttpCode(204)
  @Roles(Role.Admin, Role.Organiser)
  @ApiNoContentResponse()
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'in_use (the zone has booths), plan_locked',
  })
  @ApiOperation({ summary: 'Delete a zone' })
  async remove(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('zoneId') zoneId: string,
  ): Promise<void> {
    await this.zones.remove(user, fairId, zoneId);
  }
}
