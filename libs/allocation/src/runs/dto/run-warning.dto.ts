import { ApiProperty } from '@nestjs/swagger';
import { RUN_WARNING_CODES, type RunWarningCode } from '../run-warning-codes';

/** A pin or published block a run could not keep: a code for programs, words for people. */
export class RunWarningDto {
  @ApiProperty({ enum: RUN_WARNING_CODES }) code: RunWarningCode;
  @ApiProperty({
    type: 'object',
    additionalProperties: {
      oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'array', items: { type: 'string' } }],
    },
    description:
      'what the code’s wording names: application and producer, booths, size, booth, holder and holderProducer',
  })
  params: Record<string, string | number | string[]>;
  @ApiProperty({ description: 'the warning in the caller’s language (Accept-Language)' })
  message: string;
}
