import {
  Body,
  Controller,
  Get,
  Post,
  Put,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AppError,
  AuthUser,
  CallerLanguage,
  CurrentUser,
  ErrorBodyDto,
  Language,
  Role,
  Roles,
  UuidParam,
} from '@hoicho/platform';
import {
  LinesQueryDto,
  PutStatementMappingDto,
  SettleLineDto,
  StatementMappingViewDto,
  StatementUploadDto,
} from './dto/payments.dto';
import {
  StatementImportDto,
  StatementLineDto,
  StatementLinePageDto,
} from './dto/payments-view.dto';
import { StatementFiles, UploadedStatement } from './statements/statement-files.service';
import { STATEMENT_FILE_LIMIT_BYTES } from './statements/statement-file';
import { BankBinParam } from './statements/bank-bin.param';
import { LineSettlementService } from './statements/line-settlement.service';
import { StatementImportService } from './statements/statement-import.service';

class UploadFieldsDto {
  @ApiProperty() @Matches(/^[0-9]{6}$/, { message: 'must be a 6-digit bank BIN' }) bankBin: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) mapping?: string;
}

@ApiTags('payments')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiNotFoundResponse({ type: ErrorBodyDto })
@Roles(Role.Admin, Role.Organiser)
@Controller('api/v1')
export class StatementsController {
  constructor(
    private readonly imports: StatementImportService,
    private readonly files: StatementFiles,
    private readonly settlement: LineSettlementService,
  ) {}

  @Get('fairs/:fairId/statement-mappings')
  @ApiOperation({ summary: "The body's saved column mappings, one per bank" })
  @ApiOkResponse({ type: [StatementMappingViewDto] })
  mappings(@CurrentUser() user: AuthUser, @UuidParam('fairId') fairId: string) {
    return this.files.mappings(user, fairId);
  }

  @Put('fairs/:fairId/statement-mappings/:bankBin')
  @ApiOperation({ summary: "Save the body's column mapping for a bank's statements" })
  @ApiOkResponse({ type: StatementMappingViewDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  putMapping(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @BankBinParam() bankBin: string,
    @Body() dto: PutStatementMappingDto,
  ) {
    return this.files.saveMapping(user, fairId, bankBin, dto.mapping);
  }

  @Post('fairs/:fairId/statement-imports')
  @UseInterceptors(
    FileInterceptor('file', { limits: { fileSize: STATEMENT_FILE_LIMIT_BYTES, files: 1 } }),
  )
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: StatementUploadDto })
  @ApiOperation({
    summary: 'Import a bank statement: each credit matched by its HC reference',
    description:
      'Exact and partial credits are recorded as payments; over-paid and unmatched ones stay open ' +
      'for a person; a transaction imported before is a duplicate and counts nothing. Bad lines ' +
      'are reported by line and field, the others kept.',
  })
  @ApiCreatedResponse({ type: StatementImportDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  async upload(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() body: UploadFieldsDto,
    @UploadedFile() file: UploadedStatement | undefined,
    @CallerLanguage() language: Language,
  ): Promise<StatementImportDto> {
    if (!file)
      throw AppError.validation([
        { field: 'file', message: 'is required (multipart field "file")' },
      ]);
    const mapping = this.files.parseMapping(body.mapping);
    const result = await this.imports.import(user, fairId, {
      data: file.buffer,
      filename: file.originalname,
      bankBin: body.bankBin,
      mapping,
    });
    return this.files.importView(fairId, result.id, language);
  }

  @Get('fairs/:fairId/statement-imports')
  @ApiOperation({ summary: "The fair's statement imports, newest first (50)" })
  @ApiOkResponse({ type: [StatementImportDto] })
  list(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @CallerLanguage() language: Language,
  ) {
    return this.files.imports(user, fairId, language);
  }

  @Get('fairs/:fairId/statement-imports/:importId/lines')
  @ApiOperation({ summary: "An import's lines with their outcome (100 a page)" })
  @ApiOkResponse({ type: StatementLinePageDto })
  lines(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('importId') importId: string,
    @Query() query: LinesQueryDto,
  ): Promise<StatementLinePageDto> {
    return this.files.lines(user, fairId, importId, query);
  }

  @Get('fairs/:fairId/statement-lines/open')
  @ApiOperation({ summary: 'Lines waiting for a person (over-paid, unmatched), every import' })
  @ApiOkResponse({ type: [StatementLineDto] })
  open(@CurrentUser() user: AuthUser, @UuidParam('fairId') fairId: string) {
    return this.files.openLines(user, fairId);
  }

  @Post('fairs/:fairId/statement-lines/:lineId/settle')
  @ApiOperation({ summary: 'Settle an open line: assign it to an application, or ignore it' })
  @ApiCreatedResponse({ type: StatementLineDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'line_settled, not_payable' })
  async settle(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('lineId') lineId: string,
    @Body() dto: SettleLineDto,
  ): Promise<StatementLineDto> {
    if (dto.action === 'assign' && !dto.applicationId) {
      throw AppError.validation([{ field: 'applicationId', message: 'is required to assign' }]);
    }
    const line = await this.settlement.settle(
      user,
      fairId,
      lineId,
      dto.action === 'assign'
        ? { action: 'assign', applicationId: dto.applicationId! }
        : { action: 'ignore' },
    );
    return StatementFiles.lineView(line);
  }
}
