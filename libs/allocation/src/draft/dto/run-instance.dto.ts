import { ApiProperty } from '@nestjs/swagger';

/*
 * A finished run's instance as the engine read it (ALLOCATION.md, every optional field filled
 * in), so a screen can check a placement with the contract's pure rules while it is dragged
 * and show the score change before asking the API to make the move.
 */

export class InstanceBoothDto {
  @ApiProperty({ example: 'A-01', description: 'booth code' }) id: string;
  @ApiProperty({ example: 'may-tre-dan' }) zone: string;
  @ApiProperty({ example: 'tieu-chuan' }) type: string;
  @ApiProperty() corner: boolean;
  @ApiProperty({ type: [String], description: 'bookable neighbours only' }) neighbours: string[];
}

export class InstanceRequestDto {
  @ApiProperty({ description: 'the application' }) id: string;
  @ApiProperty({ minimum: 1 }) size: number;
  @ApiProperty({ type: [String] }) types: string[];
  @ApiProperty({ type: [String], description: 'most wanted first; empty: any zone' })
  zones: string[];
  @ApiProperty() corner: boolean;
  @ApiProperty({ minimum: 1, maximum: 5 }) priority: number;
  @ApiProperty({ type: [String] }) near: string[];
  @ApiProperty({ type: [String] }) pinned: string[];
}

export class InstanceWeightsDto {
  @ApiProperty() priorityBase: number;
  @ApiProperty() base: number;
  @ApiProperty({ type: [Number] }) zone: number[];
  @ApiProperty() corner: number;
  @ApiProperty() near: number;
}

export class RunInstanceDto {
  @ApiProperty({ type: [InstanceBoothDto] }) booths: InstanceBoothDto[];
  @ApiProperty({ type: [InstanceRequestDto] }) requests: InstanceRequestDto[];
  @ApiProperty({ type: InstanceWeightsDto }) weights: InstanceWeightsDto;
}
