import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ServiceCheckDto {
  @ApiProperty({ enum: ['up', 'down'] }) status: 'up' | 'down';
  @ApiProperty({ description: 'the private service of the embedded default' }) embedded: boolean;
  @ApiPropertyOptional() error?: string;
}

export class HealthChecksDto {
  @ApiProperty() postgres: ServiceCheckDto;
  @ApiProperty() redis: ServiceCheckDto;
  @ApiProperty() smtp: ServiceCheckDto;
}

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status: 'ok' | 'degraded';
  @ApiProperty() checks: HealthChecksDto;
}
