import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  ApiExportFile,
  AuthUser,
  CurrentUser,
  ErrorBodyDto,
  ExportQueryDto,
  Role,
  Roles,
  sendExport,
  UuidParam,
} from '@hoicho/platform';
import { ApplicationExportsService } from './application-exports.service';

@ApiTags('exports')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such fair, or another body’s' })
@Controller('api/v1/fairs/:fairId/exports')
export class ApplicationExportsController {
  constructor(private readonly exports: ApplicationExportsService) {}

  @Get('applications')
  @Roles(Role.Organiser, Role.Admin)
  @ApiOperation({ summary: 'The fair’s applications (past the draft) as CSV or XLSX' })
  @ApiExportFile()
  async applications(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Query() query: ExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    await sendExport(
      response,
      await this.exports.applications(user, fairId, query.lang),
      query.format,
      query.lang,
    );
  }

  @Get('decisions-fees')
  @Roles(Role.Organiser, Role.Admin)
  @ApiOperation({
    summary: 'Each application’s decision, fee, subsidy, deposit and payment, as CSV or XLSX',
  })
  @ApiExportFile()
  async decisions(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Query() query: ExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    await sendExport(
      response,
      await this.exports.decisions(user, fairId, query.lang),
      query.format,
      query.lang,
    );
  }
}
