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
import { BoothAssignmentExportsService } from './booth-assignment-exports.service';

@ApiTags('exports')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such fair, or another body’s' })
@Controller('api/v1/fairs/:fairId/exports')
export class BoothAssignmentExportsController {
  constructor(private readonly exports: BoothAssignmentExportsService) {}

  @Get('booth-assignments')
  @Roles(Role.Organiser, Role.Admin)
  @ApiOperation({ summary: 'The fair’s published booth assignments as CSV or XLSX' })
  @ApiExportFile()
  async boothAssignments(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Query() query: ExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    await sendExport(
      response,
      await this.exports.table(user, fairId, query.lang),
      query.format,
      query.lang,
    );
  }
}
