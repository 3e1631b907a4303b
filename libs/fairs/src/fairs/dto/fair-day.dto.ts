import { ApiProperty } from '@nestjs/swagger';
import { IsLocalDate, IsLocalTime } from '../../common/validators';

/** One opening day in Hà Nội time (Asia/Ho_Chi_Minh). */
export class FairDayDto {
  @ApiProperty({ example: '2026-10-10', description: 'date in Hà Nội' })
  @IsLocalDate()
  date: string;
  @ApiProperty({ example: '08:00', description: 'opening time, HH:mm' })
  @IsLocalTime()
  opens: string;
  @ApiProperty({ example: '21:00', description: 'closing time, HH:mm' })
  @IsLocalTime()
  closes: string;
}
