import { Body, Controller, Get, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  AppError,
  assertBodyAccess,
  AuthUser,
  CurrentUser,
  ErrorBodyDto,
  Role,
  Roles,
  UuidParam,
} from '@hoicho/platform';
import { NAPAS_BANKS } from '../domain/vietqr';
import { OrganisingBodiesService } from '../bodies/organising-bodies.service';
import { BankAccountDto, NapasBankDto, PutBankAccountDto } from './dto/bank-account.dto';
import { BankAccountsService } from './bank-accounts.service';

@ApiTags('organising bodies')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@Controller('api/v1')
export class BankAccountsController {
  constructor(
    private readonly accounts: BankAccountsService,
    private readonly bodies: OrganisingBodiesService,
  ) {}

  @Get('banks')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({ summary: 'NAPAS member banks that receive VietQR transfers, with their BINs' })
  @ApiOkResponse({ type: [NapasBankDto] })
  banks(): NapasBankDto[] {
    return [...NAPAS_BANKS];
  }

  @Get('organising-bodies/:bodyId/bank-account')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({ summary: "The body's receiving account (404 until set)" })
  @ApiOkResponse({ type: BankAccountDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async get(
    @CurrentUser() user: AuthUser,
    @UuidParam('bodyId') bodyId: string,
  ): Promise<BankAccountDto> {
    assertBodyAccess(user, bodyId);
    const account = await this.accounts.find(bodyId);
    if (!account) throw AppError.notFound('Bank account');
    return account;
  }

  @Put('organising-bodies/:bodyId/bank-account')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({ summary: "Set the body's receiving account (bank by BIN, number, holder)" })
  @ApiOkResponse({ type: BankAccountDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async put(
    @CurrentUser() user: AuthUser,
    @UuidParam('bodyId') bodyId: string,
    @Body() dto: PutBankAccountDto,
  ): Promise<BankAccountDto> {
    assertBodyAccess(user, bodyId);
    await this.bodies.get(bodyId);
    return this.accounts.put(user, bodyId, dto);
  }
}
