import { ApiProperty } from '@nestjs/swagger';
import { BoothTypeDto } from './booth-type.dto';
import { PlanBoothDto } from './booth.dto';
import { ZoneDto } from './zone.dto';

/** The whole floor plan of a fair, as GET /plan returns it. */
export class PlanDto {
  @ApiProperty() fairId: string;
  @ApiProperty({ type: [ZoneDto] }) zones: ZoneDto[];
  @ApiProperty({ type: [BoothTypeDto] }) boothTypes: BoothTypeDto[];
  @ApiProperty({ type: [PlanBoothDto], description: 'sorted by code' }) booths: PlanBoothDto[];
}
