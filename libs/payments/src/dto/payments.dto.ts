import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsMoney, IsOptionalNotNull, IsText, TrimNfc } from '@hoicho/platform';

export class PaymentTermsDto {
  @ApiProperty({
    example: 7,
    description: 'days after the decision is released the deposit is due',
  })
  @IsInt()
  @Min(0)
  @Max(90)
  depositDueDays: number;
  @ApiProperty({
    example: 20,
    description: "days before the fair's first day the whole amount is due",
  })
  @IsInt()
  @Min(0)
  @Max(180)
  balanceDaysBeforeOpening: number;
  @ApiProperty({ example: 3, description: 'reminders go this many days before a due day' })
  @IsInt()
  @Min(1)
  @Max(30)
  reminderDays: number;
}

export class RecordPaymentDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() applicationId: string;
  @ApiProperty({ example: '6000000', type: String, description: 'đồng received' })
  @IsMoney()
  @Matches(/^[1-9]/, { message: 'must be more than 0' })
  amount: string;
  @ApiProperty({ example: '2027-08-05', description: 'the day the money arrived' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date yyyy-MM-dd' })
  paidOn: string;
  @ApiProperty({ enum: ['transfer', 'cash'] }) @IsIn(['transfer', 'cash']) method:
    'transfer' | 'cash';
  @ApiPropertyOptional({ example: 'FT27217123456', maxLength: 100 })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 100)
  reference?: string;
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 500)
  note?: string;
}

export class StatementMappingDto {
  @ApiProperty({ example: 'Ngày giao dịch' }) @TrimNfc() @IsText(1, 100) date: string;
  @ApiPropertyOptional({ example: 'Số tiền ghi có' })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 100)
  credit?: string;
  @ApiPropertyOptional({ example: 'Số tiền', description: 'one signed column instead of credit' })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 100)
  amount?: string;
  @ApiProperty({ example: 'Nội dung' }) @TrimNfc() @IsText(1, 100) description: string;
  @ApiPropertyOptional({ example: 'Số tham chiếu' })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 100)
  bankRef?: string;
  @ApiPropertyOptional({ example: 'Tài khoản đối ứng' })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 100)
  account?: string;
}

export class PutStatementMappingDto {
  @ApiProperty({ type: StatementMappingDto })
  @ValidateNested()
  @Type(() => StatementMappingDto)
  mapping: StatementMappingDto;
}

export class StatementMappingViewDto {
  @ApiProperty({ example: '970436' }) bankBin: string;
  @ApiProperty({ type: StatementMappingDto }) mapping: StatementMappingDto;
  @ApiProperty() updatedAt: Date;
}

export class StatementUploadDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'the statement, CSV or XLSX' })
  file: unknown;
  @ApiProperty({ example: '970436', description: "the bank's BIN (its statement layout)" })
  bankBin: string;
  @ApiPropertyOptional({
    description: 'JSON of a StatementMappingDto; saved for this bank. The saved one when absent.',
  })
  mapping?: string;
}

export class SettleLineDto {
  @ApiProperty({ enum: ['assign', 'ignore'] }) @IsIn(['assign', 'ignore']) action:
    'assign' | 'ignore';
  @ApiPropertyOptional({ format: 'uuid', description: 'required to assign' })
  @IsOptionalNotNull()
  @IsUUID()
  applicationId?: string;
}

export class ReleaseUnpaidDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() applicationId: string;
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 500)
  reason?: string;
}

export class PayersQueryDto {
  @ApiPropertyOptional({ enum: ['all', 'unpaid', 'deposit_paid', 'paid', 'overdue'] })
  @IsOptional()
  @IsIn(['all', 'unpaid', 'deposit_paid', 'paid', 'overdue'])
  status?: 'all' | 'unpaid' | 'deposit_paid' | 'paid' | 'overdue';
  @ApiPropertyOptional({ description: 'producer name or reference, without accents' })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 100)
  q?: string;
}

export class LinesQueryDto {
  @ApiPropertyOptional({ enum: ['exact', 'partial', 'over_paid', 'unmatched', 'duplicate'] })
  @IsOptional()
  @IsIn(['exact', 'partial', 'over_paid', 'unmatched', 'duplicate'])
  outcome?: 'exact' | 'partial' | 'over_paid' | 'unmatched' | 'duplicate';
  @ApiPropertyOptional({ enum: ['recorded', 'open', 'ignored'] })
  @IsOptional()
  @IsIn(['recorded', 'open', 'ignored'])
  state?: 'recorded' | 'open' | 'ignored';
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;
}
