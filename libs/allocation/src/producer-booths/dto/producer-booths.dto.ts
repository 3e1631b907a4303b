import { ApiProperty } from '@nestjs/swagger';

/** The booths a producer's application was given, once the allocation is published. */
export class ProducerBoothsDto {
  @ApiProperty({ format: 'uuid' }) fairId: string;
  @ApiProperty({ type: [String], example: ['A-01', 'A-02'], description: 'empty until published' })
  booths: string[];
  @ApiProperty({ type: String, nullable: true, example: 'Mây tre đan' }) zone: string | null;
}
