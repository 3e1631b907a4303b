import { ApiProperty } from '@nestjs/swagger';
import { APPLICATION_STATUSES, ApplicationStatus } from '../../domain';
import { UnmetConditionDto } from '../../dto/application-view.dto';

const MONEY = 'integer đồng as a string of digits';

/** What an application would cost if approved as it stands: fee, support, deposit. */
export class FeeQuoteDto {
  @ApiProperty({ example: '24000000', description: MONEY }) fee: string;
  @ApiProperty({ example: '12000000', description: `support the terms give; ${MONEY}` })
  subsidy: string;
  @ApiProperty({
    description: 'true when what is left of the programme’s budget gives less than its terms',
  })
  budgetLimited: boolean;
  @ApiProperty({ example: '12000000', description: MONEY }) amountDue: string;
  @ApiProperty({ example: 50 }) depositPercent: number;
  @ApiProperty({ example: '6000000', description: `due on approval; ${MONEY}` }) deposit: string;
  @ApiProperty({ example: '6000000', description: MONEY }) balance: string;
  @ApiProperty({ type: String, nullable: true, example: 'Hỗ trợ khuyến công 2026' })
  programme: string | null;
  @ApiProperty({ type: [UnmetConditionDto], description: 'why the programme would give nothing' })
  unmet: UnmetConditionDto[];
}

export const PRODUCER_EVENTS = ['create', 'submit', 'release', 'withdraw', 'payment'] as const;
export type ProducerEvent = (typeof PRODUCER_EVENTS)[number];

/** One step of an application as its producer was told it (never a staged decision). */
export class ProducerApplicationEventDto {
  @ApiProperty({ enum: PRODUCER_EVENTS }) event: ProducerEvent;
  @ApiProperty({ enum: APPLICATION_STATUSES, description: 'the status after the step' })
  status: ApplicationStatus;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'a rejection’s or withdrawal’s reason',
  })
  reason: string | null;
  @ApiProperty({ type: String, nullable: true, description: `a payment’s amount; ${MONEY}` })
  amount: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt: Date;
}

/** Another producer applying to the same fair, as a neighbour to wish for: a name, no contacts. */
export class FairApplicantDto {
  @ApiProperty({ format: 'uuid' }) producerId: string;
  @ApiProperty({ example: 'HTX Gốm Bát Tràng' }) name: string;
}
