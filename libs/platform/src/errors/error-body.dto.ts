import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldIssueDto {
  @ApiProperty({ example: 'email', description: 'the field’s machine name (a dotted path)' })
  field: string;
  @ApiProperty({ example: 'must be an email', description: 'in the caller’s language' })
  message: string;
  @ApiPropertyOptional({ description: 'line of an imported file' }) line?: number;
  @ApiPropertyOptional({
    example: 'zone_unknown',
    description: 'a domain problem’s stable code, for screens that word it themselves',
  })
  code?: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    description: 'the values the code’s wording names',
  })
  params?: Record<string, string | number>;
}

/** The JSON body of every error answer. */
export class ErrorBodyDto {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'validation_failed', description: 'stable, for programs' }) code: string;
  @ApiProperty({
    example: 'Some fields are invalid: email',
    description:
      'for people, in the caller’s language: Accept-Language (vi or en), else the signed-in user’s saved language, else Vietnamese',
  })
  message: string;
  @ApiProperty({ type: [FieldIssueDto] }) fields: FieldIssueDto[];
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'facts about the failure, as each code documents them',
  })
  details?: Record<string, unknown>;
  @ApiPropertyOptional() requestId?: string;
}
