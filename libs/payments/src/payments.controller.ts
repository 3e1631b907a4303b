import { Body, Controller, Get, Header, Post, Put, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { toString as qrSvg } from 'qrcode';
import { AuthUser, CurrentUser, ErrorBodyDto, Role, Roles, UuidParam } from '@hoicho/platform';
import {
  PaymentTermsDto,
  PayersQueryDto,
  RecordPaymentDto,
  ReleaseUnpaidDto,
} from './dto/payments.dto';
import {
  OwnPaymentDto,
  PayerDto,
  RecordedPaymentDto,
  ReleaseUnpaidResultDto,
} from './dto/payments-view.dto';
import { ManualPaymentService } from './payments/manual-payment.service';
import { PaymentsOverviewService } from './payments/payments-overview.service';
import { ReceiptsService } from './receipts/receipts.service';
import { UnpaidReleaseService } from './release/unpaid-release.service';
import { PaymentTermsService } from './terms/payment-terms.service';

@ApiTags('payments')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiNotFoundResponse({ type: ErrorBodyDto, description: "not the caller's fair or application" })
@Controller('api/v1')
export class PaymentsController {
  constructor(
    private readonly terms: PaymentTermsService,
    private readonly overview: PaymentsOverviewService,
    private readonly manual: ManualPaymentService,
    private readonly receipts: ReceiptsService,
    private readonly release: UnpaidReleaseService,
  ) {}

  @Get('fairs/:fairId/payment-terms')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({ summary: "The fair's payment terms (defaults until set)" })
  @ApiOkResponse({ type: PaymentTermsDto })
  getTerms(@CurrentUser() user: AuthUser, @UuidParam('fairId') fairId: string) {
    return this.terms.get(user, fairId);
  }

  @Put('fairs/:fairId/payment-terms')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({
    summary: 'Set the payment terms (deposit due days, balance days before opening, reminder days)',
  })
  @ApiOkResponse({ type: PaymentTermsDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  putTerms(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() dto: PaymentTermsDto,
  ) {
    return this.terms.put(user, fairId, dto);
  }

  @Get('fairs/:fairId/payers')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({
    summary: 'Who has paid what: every released approval with its schedule and payments',
  })
  @ApiOkResponse({ type: [PayerDto] })
  payers(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Query() query: PayersQueryDto,
  ): Promise<PayerDto[]> {
    return this.overview.list(user, fairId, query.status ?? 'all', query.q);
  }

  @Post('fairs/:fairId/payments')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({ summary: 'Record money received by hand (transfer or cash)' })
  @ApiCreatedResponse({ type: RecordedPaymentDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'not_payable' })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'overpayment' })
  async record(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() dto: RecordPaymentDto,
  ): Promise<RecordedPaymentDto> {
    const id = await this.manual.record(user, fairId, {
      applicationId: dto.applicationId,
      amount: BigInt(dto.amount),
      paidOn: dto.paidOn,
      method: dto.method,
      reference: dto.reference ?? null,
      note: dto.note ?? null,
    });
    return { id };
  }

  @Get('fairs/:fairId/payments/:paymentId/receipt.pdf')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({ summary: 'The receipt (phiếu thu) of a payment, PDF in Vietnamese' })
  @ApiOkResponse({ content: { 'application/pdf': {} } })
  @Header('Cache-Control', 'no-store')
  async receipt(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('paymentId') paymentId: string,
  ): Promise<StreamableFile> {
    const { filename, pdf } = await this.receipts.pdf(user, fairId, paymentId);
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename="${filename}"`,
    });
  }

  @Post('fairs/:fairId/payments/release-unpaid')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({
    summary: 'Withdraw an overdue approval and offer its booths to the waiting list',
  })
  @ApiCreatedResponse({ type: ReleaseUnpaidResultDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'not_overdue, not_payable' })
  releaseUnpaid(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() dto: ReleaseUnpaidDto,
  ): Promise<ReleaseUnpaidResultDto> {
    return this.release.release(user, fairId, dto.applicationId, dto.reason ?? null);
  }

  @Get('applications/:applicationId/payment')
  @Roles(Role.Producer)
  @ApiOperation({
    summary: "The producer's own approval: what to pay now, with VietQR and in words",
  })
  @ApiOkResponse({ type: OwnPaymentDto })
  async own(
    @CurrentUser() user: AuthUser,
    @UuidParam('applicationId') applicationId: string,
  ): Promise<OwnPaymentDto> {
    const { view, instructions } = await this.overview.own(user, applicationId);
    return {
      payer: view,
      instructions: instructions && {
        ...instructions,
        qrSvg: await qrSvg(instructions.qrPayload, {
          type: 'svg',
          errorCorrectionLevel: 'M',
          margin: 4,
        }),
      },
    };
  }
}
