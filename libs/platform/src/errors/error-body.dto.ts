import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldIssueDto {
  @ApiProperty({ example: 'email' }) field: string;
  @ApiProperty({ example: 'must be an email' }) message: string;
  @ApiPropertyOptional({ description: 'line of an imported file' }) line?: number;
}

/** The JSON body of every error answer. */
export class ErrorBodyDto {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'validation_failed' }) code: string;
  @ApiProperty({ example: 'The request has invalid fields' }) message: string;
  @ApiProperty({ type: [FieldIssueDto] }) fields: FieldIssueDto[];
  @ApiPropertyOptional() requestId?: string;
}
