import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class MergeBoothDto {
  @ApiProperty({
    description:
      'the booth merged into this one (it goes; this one keeps its code if it is on the left or on top)',
  })
  @IsUUID()
  with: string;
}
