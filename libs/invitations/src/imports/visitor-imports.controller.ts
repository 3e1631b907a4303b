import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  ApiFileUpload,
  AuthUser,
  CurrentUser,
  ErrorBodyDto,
  NeedsQueue,
  Page,
  PageQueryDto,
  Role,
  Roles,
  UuidParam,
} from '@hoicho/platform';
import {
  ImportDuplicateDto,
  ImportDuplicatePageDto,
  ImportErrorPageDto,
  ImportRowErrorDto,
  UploadQueryDto,
  VisitorImportDto,
  VisitorImportPageDto,
  VisitorImportUploadDto,
} from './dto/import.dto';
import {
  IMPORT_FILE_LIMIT_BYTES,
  RAW_IMPORT_MEDIA_TYPES,
  UploadedImportFile,
} from './visitor-import.source';
import { VisitorImportsService } from './visitor-imports.service';

const FILE_DOC =
  'A CSV (UTF-8 with or without BOM; comma, semicolon or tab) or an XLSX workbook (first sheet) ' +
  'with a header row in Vietnamese or English: name and email are required; organisation, phone, ' +
  'country, language, segment, tags and consent are optional. Send it as multipart/form-data ' +
  'field "file" or as the raw body.';

@ApiTags('visitors')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such body or import, or not yours' })
@Roles(Role.Admin, Role.Organiser)
@Controller('api/v1')
export class VisitorImportsController {
  constructor(private readonly imports: VisitorImportsService) {}

  @Post('organising-bodies/:bodyId/visitor-imports')
  @UseInterceptors(
    FileInterceptor('file', { limits: { fileSize: IMPORT_FILE_LIMIT_BYTES, files: 1 } }),
  )
  @ApiFileUpload({
    file: 'file',
    description: FILE_DOC,
    raw: {
      ...Object.fromEntries(
        RAW_IMPORT_MEDIA_TYPES.map((type) => [
          type,
          {
            schema: type.startsWith('text/')
              ? { type: 'string' }
              : { type: 'string', format: 'binary' },
          },
        ]),
      ),
    },
  })
  @ApiOperation({
    summary: 'Upload a visitor list: a preview of the first rows with their errors',
    description: `${FILE_DOC} The import starts with POST …/start (or ?start=true here).`,
  })
  @ApiCreatedResponse({ type: VisitorImportUploadDto })
  upload(
    @CurrentUser() user: AuthUser,
    @UuidParam('bodyId') bodyId: string,
    @Query() query: UploadQueryDto,
    @Headers('content-type') contentType: string | undefined,
    @Body() body: unknown,
    @UploadedFile() file: UploadedImportFile | undefined,
  ): Promise<VisitorImportUploadDto> {
    return this.imports.upload(
      user,
      bodyId,
      { contentType, body, file, filename: query.filename },
      query.start ?? false,
    );
  }

  @Get('organising-bodies/:bodyId/visitor-imports')
  @ApiOperation({ summary: 'A body’s imports, newest first' })
  @ApiOkResponse({ type: VisitorImportPageDto })
  list(
    @CurrentUser() user: AuthUser,
    @UuidParam('bodyId') bodyId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<VisitorImportDto>> {
    return this.imports.list(user, bodyId, query);
  }

  @Post('visitor-imports/:importId/start')
  @HttpCode(202)
  @NeedsQueue()
  @ApiOperation({ summary: 'Import the uploaded list (runs as a job; poll for progress)' })
  @ApiAcceptedResponse({ type: VisitorImportDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'import_not_startable' })
  start(
    @CurrentUser() user: AuthUser,
    @UuidParam('importId') importId: string,
  ): Promise<VisitorImportDto> {
    return this.imports.start(user, importId);
  }

  @Get('visitor-imports/:importId')
  @ApiOperation({ summary: 'Status, progress and counts of an import' })
  @ApiOkResponse({ type: VisitorImportDto })
  get(
    @CurrentUser() user: AuthUser,
    @UuidParam('importId') importId: string,
  ): Promise<VisitorImportDto> {
    return this.imports.get(user, importId);
  }

  @Get('visitor-imports/:importId/errors')
  @ApiOperation({ summary: 'Rejected rows: line, field and reason, by line' })
  @ApiOkResponse({ type: ImportErrorPageDto })
  errors(
    @CurrentUser() user: AuthUser,
    @UuidParam('importId') importId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<ImportRowErrorDto>> {
    return this.imports.errors(user, importId, query);
  }

  @Get('visitor-imports/:importId/duplicates')
  @ApiOperation({
    summary: 'Rows that repeated a known address: merged into that visitor, by line',
    description:
      'A row whose email is already on the list (or on an earlier line) is not a new visitor: ' +
      'its filled cells update that visitor and its tags are added. Each such row is listed ' +
      'with the fields it changed.',
  })
  @ApiOkResponse({ type: ImportDuplicatePageDto })
  duplicates(
    @CurrentUser() user: AuthUser,
    @UuidParam('importId') importId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<ImportDuplicateDto>> {
    return this.imports.duplicates(user, importId, query);
  }
}
