import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, Matches } from 'class-validator';
import { BoothCodes } from '../../draft/dto/draft.dto';

export class PinDto {
  @ApiProperty({
    type: [String],
    example: ['A-01'],
    description: 'exactly as many booths as the application wants',
  })
  @BoothCodes()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Matches(/^[\p{L}\p{N}][\p{L}\p{N}._/-]{0,31}$/u, {
    each: true,
    message: 'each must be a booth code like A-01',
  })
  booths: string[];
}

export class PinViewDto {
  @ApiProperty() applicationId: string;
  @ApiProperty() producerName: string;
  @ApiProperty({ type: [String] }) booths: string[];
  @ApiProperty() pinnedBy: string;
}
