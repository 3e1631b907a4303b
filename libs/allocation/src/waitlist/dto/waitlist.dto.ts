import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { BoothCodes } from '../../draft/dto/draft.dto';
import { OFFER_STATUSES, OfferStatus } from '../waitlist-offer.entity';

export class MakeOffersDto {
  @ApiPropertyOptional({
    type: [String],
    example: ['B-07'],
    description: 'free booths to offer; all free booths when absent',
  })
  @IsOptional()
  @BoothCodes()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @Matches(/^[\p{L}\p{N}][\p{L}\p{N}._/-]{0,31}$/u, {
    each: true,
    message: 'each must be a booth code like A-01',
  })
  booths?: string[];

  @ApiPropertyOptional({
    default: 48,
    minimum: 1,
    maximum: 336,
    description: 'hours a producer has to answer before the offer passes to the next in line',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(336)
  expiresInHours?: number;
}

export class OfferDto {
  @ApiProperty() id: string;
  @ApiProperty() fairId: string;
  @ApiProperty() applicationId: string;
  @ApiProperty() producerId: string;
  @ApiProperty() producerName: string;
  @ApiProperty({ type: [String], example: ['B-07'] }) booths: string[];
  @ApiProperty({ enum: OFFER_STATUSES }) status: OfferStatus;
  @ApiProperty() expiresAt: Date;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: Date | null;
}

export class OfferRoundDto {
  @ApiProperty({ type: [String], description: 'booths freed by withdrawn applications first' })
  freed: string[];
  @ApiProperty({ type: [OfferDto] }) offers: OfferDto[];
  @ApiProperty({ type: [String], description: 'booths no one on the waiting list can take' })
  unoffered: string[];
}

export class WaitlistEntryDto {
  @ApiProperty() applicationId: string;
  @ApiProperty() producerName: string;
  @ApiProperty({ minimum: 1, maximum: 5 }) priority: number;
  @ApiProperty() size: number;
  @ApiProperty({ type: [String] }) types: string[];
  @ApiProperty({ type: [String] }) zones: string[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the offer waiting for this producer’s answer',
  })
  pendingOfferId: string | null;
}

export class WaitlistDto {
  @ApiProperty({ type: [WaitlistEntryDto], description: 'in the order offers go out' })
  queue: WaitlistEntryDto[];
  @ApiProperty({ type: [String], description: 'bookable booths nobody holds or is offered' })
  freeBooths: string[];
  @ApiProperty({ type: [OfferDto] }) offers: OfferDto[];
}
