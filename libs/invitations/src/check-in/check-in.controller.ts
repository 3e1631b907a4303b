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
import { FairDirectory } from '../common/fair-info';
import { FairKeysService } from '../tickets/fair-keys.service';
import { TicketsService } from '../tickets/tickets.service';
import { TICKET_CODE_PREFIX } from '../domain';
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

const FORMAT =
  'prefix + base64url(payload ‖ Ed25519 signature over prefix ‖ payload); payload = fair id (16 bytes) ‖ ticket id (16) ‖ expiry (uint32 BE, unix s) ‖ initials length (1) ‖ initials (ASCII)';

@ApiTags('tickets and check-in')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such fair, or another body’s' })
@Controller('api/v1/fairs/:fairId')
export class CheckInController {
  constructor(
    private readonly fairs: FairDirectory,
    private readonly checkIns: CheckInService,
    private readonly keys: FairKeysService,
    private readonly tickets: TicketsService,
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
  async scan(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() dto: ScanDto,
  ): Promise<CheckInResultDto> {
    await this.fairs.forUser(user, fairId);
    return this.checkIns.scan(user, fairId, { ...dto, offline: false });
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
    await this.fairs.forUser(user, fairId);
    // In the order the device made them, so the first scan of a ticket is the admission.
    const time = (index: number) => new Date(dto.scans[index].scannedAt).getTime();
    const order = dto.scans.map((_, index) => index).sort((a, b) => time(a) - time(b) || a - b);
    const results: CheckInResultDto[] = new Array(dto.scans.length);
    for (const index of order) {
      results[index] = await this.checkIns.scan(user, fairId, {
        ...dto.scans[index],
        offline: true,
      });
    }
    return { results };
  }

  @Get('check-ins/stats')
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOperation({ summary: 'Live counts: admitted per gate and per hour, scans per result' })
  @ApiOkResponse({ type: CheckInStatsDto })
  async stats(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
  ): Promise<CheckInStatsDto> {
    await this.fairs.forUser(user, fairId);
    return this.checkIns.stats(fairId);
  }

  @Get('ticket-key')
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOperation({ summary: 'The fair’s public key, for gate devices that verify codes offline' })
  @ApiOkResponse({ type: TicketKeyDto })
  async key(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
  ): Promise<TicketKeyDto> {
    await this.fairs.forUser(user, fairId);
    const { publicKey } = await this.keys.keyPair(fairId);
    return {
      fairId,
      algorithm: 'Ed25519',
      publicKey,
      codePrefix: TICKET_CODE_PREFIX,
      format: FORMAT,
    };
  }

  @Get('tickets/revoked')
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOperation({ summary: 'Ids of revoked tickets, for gate devices working offline' })
  @ApiOkResponse({ type: RevokedTicketsDto })
  async revoked(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
  ): Promise<RevokedTicketsDto> {
    await this.fairs.forUser(user, fairId);
    return { fairId, ticketIds: await this.tickets.revokedIds(fairId) };
  }

  @Post('tickets/:ticketId/revoke')
  @HttpCode(200)
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({ summary: 'Revoke a ticket: gates answer "revoked" from now on' })
  @ApiOkResponse({ type: TicketDto })
  async revoke(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('ticketId') ticketId: string,
    @Body() dto: RevokeTicketDto,
  ): Promise<TicketDto> {
    await this.fairs.forUser(user, fairId);
    const ticket = await this.tickets.revoke(fairId, ticketId, dto.reason);
    return {
      id: ticket.id,
      fairId: ticket.fairId,
      invitationId: ticket.invitationId,
      initials: ticket.initials,
      guests: ticket.guests,
      status: ticket.status,
      expiresAt: ticket.expiresAt,
      revokedAt: ticket.revokedAt,
      revokedReason: ticket.revokedReason,
    };
  }
}
