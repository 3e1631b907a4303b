import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LANGUAGES, type Language } from '../i18n/language';
import { EXPORT_FORMATS, type ExportFormat } from './export-table';

/** `?format=csv|xlsx&lang=vi|en`: a download link cannot set Accept-Language, so it names the language. */
export class ExportQueryDto {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'headers and yes/no; default Vietnamese' })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang: Language = 'vi';
}

/** The OpenAPI shape of an export route: a CSV or XLSX file. */
export const ApiExportFile = () =>
  applyDecorators(
    ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    ApiOkResponse({
      description: 'CSV (UTF-8 with BOM) or XLSX, streamed',
      schema: { type: 'string', format: 'binary' },
    }),
  );
