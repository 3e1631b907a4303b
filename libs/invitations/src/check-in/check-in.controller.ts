import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
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
import { GateTicketsService } from '../tickets/gate-tickets.service';
import { CheckInStatsService } from './check-in-stats.service';
import { CheckInService } from './check-in.service';
import {
  CheckInResultDto,
  CheckInStatsDto,
  OfflineUploadDto,
  OfflineUploadResultDto,
  RevokedTicketsDto,
  RevokeTicketDto,
  ScanDto,
  TicketDto,
  TicketKeyDto,
} from './dto/check-in.dto';

@ApiTags('tickets and check-in')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such fair, or another body’s' })
@Controller('api/v1/fairs/:fairId')
export class CheckInController {
  constructor(
    private readonly checkIns: CheckInService,
    private readonly statistics: CheckInStatsService,
    private readonly tickets: GateTicketsService,
  ) {}

  @Post('check-ins')
  @HttpCode(200)
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOperation({
    summary: 'Scan or type a ticket code at a gate',
    description:
      'Answers admitted, already_admitted (when, which gate), revoked, wrong_fair or invalid. A ticket is admitted once, however many gates scan it at the same moment.',
  })
  @ApiOkResponse({ type: CheckInResultDto })
  scan(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() dto: ScanDto,
  ): Promise<CheckInResultDto> {
    return this.checkIns.scan(user, fairId, dto);
  }

  @Post('check-ins/offline')
  @HttpCode(200)
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOperation({
    summary: 'Upload scans a gate device made offline; repeated nonces get their first answer',
  })
  @ApiOkResponse({ type: OfflineUploadResultDto })
  async offline(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() dto: OfflineUploadDto,
  ): Promise<OfflineUploadResultDto> {
    return { results: await this.checkIns.upload(user, fairId, dto.scans) };
  }

  @Get('check-ins/stats')
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOperation({ summary: 'Live counts: admitted per gate and per hour, scans per result' })
  @ApiOkResponse({ type: CheckInStatsDto })
  stats(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
  ): Promise<CheckInStatsDto> {
    return this.statistics.stats(user, fairId);
  }

  @Get('ticket-key')
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOperation({ summary: 'The fair’s public key, for gate devices that verify codes offline' })
  @ApiOkResponse({ type: TicketKeyDto })
  key(@CurrentUser() user: AuthUser, @UuidParam('fairId') fairId: string): Promise<TicketKeyDto> {
    return this.tickets.key(user, fairId);
  }

  @Get('tickets/revoked')
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOperation({ summary: 'Ids of revoked tickets, for gate devices working offline' })
  @ApiOkResponse({ type: RevokedTicketsDto })
  revoked(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
  ): Promise<RevokedTicketsDto> {
    return this.tickets.revoked(user, fairId);
  }

  @Post('tickets/:ticketId/revoke')
  @HttpCode(200)
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({ summary: 'Revoke a ticket: gates answer "revoked" from now on' })
  @ApiOkResponse({ type: TicketDto })
  revoke(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('ticketId') ticketId: string,
    @Body() dto: RevokeTicketDto,
  ): Promise<TicketDto> {
    return this.tickets.revoke(user, fairId, ticketId, dto.reason);
  }
}
