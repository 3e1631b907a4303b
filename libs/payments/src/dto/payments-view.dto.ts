import { ApiProperty } from '@nestjs/swagger';
import { LINE_ERROR_CODES, type LineErrorCode } from '../domain';

const MONEY = 'whole đồng as a digit string';

export class PayerPaymentDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: '12' }) receiptNo: string;
  @ApiProperty({ example: '6000000', description: MONEY }) amount: string;
  @ApiProperty({ example: '2027-08-05' }) paidOn: string;
  @ApiProperty({ enum: ['transfer', 'cash', 'statement'] }) method: string;
}

export class AskedDto {
  @ApiProperty({ enum: ['deposit', 'balance'] }) kind: 'deposit' | 'balance';
  @ApiProperty({ example: '6000000', description: MONEY }) amount: string;
  @ApiProperty({ example: '2027-08-08' }) dueOn: string;
}

export class PayerDto {
  @ApiProperty() applicationId: string;
  @ApiProperty({ example: 'HC-3F2A9B10C4' }) reference: string;
  @ApiProperty() producerName: string;
  @ApiProperty({ description: MONEY }) amountDue: string;
  @ApiProperty({ description: MONEY }) deposit: string;
  @ApiProperty({ description: MONEY }) amountPaid: string;
  @ApiProperty({ description: MONEY }) outstanding: string;
  @ApiProperty({ enum: ['unpaid', 'deposit_paid', 'paid'] }) status:
    'unpaid' | 'deposit_paid' | 'paid';
  @ApiProperty({ example: '2027-08-08' }) depositDueOn: string;
  @ApiProperty({ example: '2027-09-20' }) balanceDueOn: string;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ type: AskedDto, nullable: true }) asked: AskedDto | null;
  @ApiProperty({ type: [PayerPaymentDto] }) payments: PayerPaymentDto[];
}

export class PaymentInstructionsDto {
  @ApiProperty({ example: '970436' }) bankBin: string;
  @ApiProperty({ example: 'Vietcombank' }) bankShortName: string;
  @ApiProperty() bankName: string;
  @ApiProperty({ example: '0011004123456' }) accountNumber: string;
  @ApiProperty({ example: 'SO CONG THUONG HA NOI' }) holder: string;
  @ApiProperty({ example: '6000000', description: MONEY }) amount: string;
  @ApiProperty({ example: 'HC-3F2A9B10C4', description: 'the transfer text' }) reference: string;
  @ApiProperty({ description: 'the VietQR (EMVCo) payload to draw as a QR code' })
  qrPayload: string;
  @ApiProperty({ description: 'the same QR as an SVG image' }) qrSvg: string;
}

export class OwnPaymentDto {
  @ApiProperty({ type: PayerDto }) payer: PayerDto;
  @ApiProperty({
    type: PaymentInstructionsDto,
    nullable: true,
    description: 'null once paid or without a bank account',
  })
  instructions: PaymentInstructionsDto | null;
}

export class StatementCountsDto {
  @ApiProperty({ description: 'data lines below the header' }) lines: number;
  @ApiProperty() credits: number;
  @ApiProperty() exact: number;
  @ApiProperty() partial: number;
  @ApiProperty() over_paid: number;
  @ApiProperty() unmatched: number;
  @ApiProperty() duplicate: number;
  @ApiProperty({ description: 'debits and blank lines' }) skipped: number;
  @ApiProperty({ description: 'lines with errors (not imported)' }) errors: number;
}

export class LineErrorParamsDto {
  @ApiProperty({ description: 'the cell as read', example: '31/02/2027' }) value: string;
}

export class LineErrorDto {
  @ApiProperty() line: number;
  @ApiProperty({ example: 'credit' }) field: string;
  @ApiProperty({ enum: LINE_ERROR_CODES }) code: LineErrorCode;
  @ApiProperty({ type: LineErrorParamsDto }) params: LineErrorParamsDto;
  @ApiProperty({ description: 'the error in the caller’s language (Accept-Language)' })
  message: string;
}

export class StatementImportDto {
  @ApiProperty() id: string;
  @ApiProperty() filename: string;
  @ApiProperty() bankBin: string;
  @ApiProperty({ type: StatementCountsDto }) counts: StatementCountsDto;
  @ApiProperty({ type: [LineErrorDto] }) errors: LineErrorDto[];
  @ApiProperty() createdAt: Date;
}

export class StatementLineDto {
  @ApiProperty() id: string;
  @ApiProperty() importId: string;
  @ApiProperty() line: number;
  @ApiProperty({ example: '2027-08-05' }) bookedOn: string;
  @ApiProperty({ description: MONEY }) amount: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: String, nullable: true }) bankRef: string | null;
  @ApiProperty({ enum: ['exact', 'partial', 'over_paid', 'unmatched', 'duplicate'] })
  outcome: string;
  @ApiProperty({ enum: ['recorded', 'open', 'ignored'] }) state: string;
  @ApiProperty({ type: String, nullable: true }) applicationId: string | null;
}

export class StatementLinePageDto {
  @ApiProperty({ type: [StatementLineDto] }) items: StatementLineDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class RecordedPaymentDto {
  @ApiProperty() id: string;
}

export class ReleaseUnpaidResultDto {
  @ApiProperty({ type: [String], description: 'booths freed' }) freed: string[];
  @ApiProperty({ description: 'waiting-list offers made' }) offers: number;
}
