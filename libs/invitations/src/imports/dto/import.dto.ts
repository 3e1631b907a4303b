import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { VISITOR_LANGUAGES, VISITOR_SEGMENTS } from '../../domain';

export class UploadQueryDto {
  @ApiPropertyOptional({ description: 'file name when the body is the raw file', maxLength: 255 })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  filename?: string;

  @ApiPropertyOptional({ description: 'start the import right away instead of after the preview' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value,
  )
  @IsBoolean()
  start?: boolean;
}

export class ImportRowErrorDto {
  @ApiProperty({ example: 7, description: 'line of the file (header = 1)' }) line: number;
  @ApiProperty({ example: 'email' }) field: string;
  @ApiProperty({ example: 'Email is not a valid address' }) message: string;
}

export class ImportDuplicateDto {
  @ApiProperty({ example: 9, description: 'line of the file (header = 1)' }) line: number;
  @ApiProperty({ description: 'the visitor the row was merged into' }) email: string;
  @ApiProperty() name: string;
  @ApiProperty({
    type: [String],
    example: ['segment', 'tags'],
    description: 'fields the row changed; empty when it said nothing new',
  })
  changed: string[];
}

export class ImportDuplicatePageDto {
  @ApiProperty({ type: [ImportDuplicateDto] }) items: ImportDuplicateDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export class PreviewVisitorDto {
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiPropertyOptional() organisation?: string;
  @ApiPropertyOptional() phone?: string;
  @ApiPropertyOptional() country?: string;
  @ApiPropertyOptional({ enum: VISITOR_LANGUAGES }) language?: string;
  @ApiPropertyOptional({ enum: VISITOR_SEGMENTS }) segment?: string;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiPropertyOptional() consent?: boolean;
}

export class PreviewRowDto {
  @ApiProperty() line: number;
  @ApiPropertyOptional({ type: PreviewVisitorDto }) visitor?: PreviewVisitorDto;
  @ApiPropertyOptional({ type: [ImportRowErrorDto] }) errors?: ImportRowErrorDto[];
}

export class ImportProgressDto {
  @ApiProperty() bytesRead: number;
  @ApiProperty() sizeBytes: number;
  @ApiProperty({ description: '0–100, by bytes of the file read' }) percent: number;
  @ApiProperty({ description: 'data rows read so far' }) rowsRead: number;
}

export class ImportCountsDto {
  @ApiProperty({ description: 'new visitors' }) created: number;
  @ApiProperty({
    description: 'rows merged into a visitor already on the list or earlier in the file',
  })
  merged: number;
  @ApiProperty({ description: 'rows refused; each is in the errors with its line' })
  rejected: number;
}

export class VisitorImportDto {
  @ApiProperty() id: string;
  @ApiProperty() filename: string;
  @ApiProperty({ enum: ['csv', 'xlsx'] }) format: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty({ enum: ['uploaded', 'queued', 'running', 'completed', 'failed'] }) status: string;
  @ApiProperty({ type: ImportProgressDto }) progress: ImportProgressDto;
  @ApiProperty({ type: ImportCountsDto }) counts: ImportCountsDto;
  @ApiProperty({ type: String, nullable: true }) failure: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: Date | null;
}

export class VisitorImportUploadDto extends VisitorImportDto {
  @ApiProperty({
    type: [PreviewRowDto],
    description: 'the first rows as they would be imported, with their errors',
  })
  preview: PreviewRowDto[];
}

export class ImportErrorPageDto {
  @ApiProperty({ type: [ImportRowErrorDto] }) items: ImportRowErrorDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export class VisitorImportPageDto {
  @ApiProperty({ type: [VisitorImportDto] }) items: VisitorImportDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}
