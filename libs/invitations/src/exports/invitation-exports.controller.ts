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
import { InvitationExportsService } from './invitation-exports.service';

@ApiTags('exports')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such body or fair, or another body’s' })
@Controller('api/v1')
export class InvitationExportsController {
  constructor(private readonly exports: InvitationExportsService) {}

  @Get('organising-bodies/:bodyId/exports/visitors')
  @Roles(Role.Organiser, Role.Admin)
  @ApiOperation({ summary: 'The body’s visitors as CSV or XLSX, in Vietnamese name order' })
  @ApiExportFile()
  async visitors(
    @CurrentUser() user: AuthUser,
    @UuidParam('bodyId') bodyId: string,
    @Query() query: ExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    await sendExport(
      response,
      this.exports.visitors(user, bodyId, query.lang),
      query.format,
      query.lang,
    );
  }

  @Get('fairs/:fairId/exports/check-ins')
  @Roles(Role.Organiser, Role.Admin)
  @ApiOperation({ summary: 'The fair’s check-ins at the gates as CSV or XLSX' })
  @ApiExportFile()
  async checkIns(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Query() query: ExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    await sendExport(
      response,
      await this.exports.checkIns(user, fairId, query.lang),
      query.format,
      query.lang,
    );
  }
}
