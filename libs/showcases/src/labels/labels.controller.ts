import { Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { AuthUser, CurrentUser, Role, Roles, UuidParam } from '@hoicho/platform';
import { Response } from 'express';
import { LabelsService, LabelSheet } from './labels.service';
import { ShowcaseRoutes } from '../showcases/showcase-routes.decorator';

export class LabelPageQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  page = 1;
}

function sendSvg(res: Response, sheet: LabelSheet, name: string): void {
  res
    .status(200)
    .set({
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Content-Disposition': `inline; filename="${name}-${sheet.page}.svg"`,
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
      'X-Content-Type-Options': 'nosniff',
      'X-Label-Page': String(sheet.page),
      'X-Label-Pages': String(sheet.pages),
      'Cache-Control': 'no-store',
    })
    .send(sheet.svg);
}

/** Printable label sheets of a showcase's accepted samples. */
@ShowcaseRoutes()
export class LabelsController {
  constructor(private readonly labels: LabelsService) {}

  @Get(':showcaseId/labels.svg')
  @Roles(Role.Organiser, Role.Admin)
  @ApiOperation({
    summary:
      'A4 label sheet (SVG, 10 labels a page) of the accepted samples, QR to each product’s public page',
  })
  @ApiProduces('image/svg+xml')
  @ApiQuery({
    name: 'page',
    required: false,
    description: 'sheet number; X-Label-Pages says how many',
  })
  @ApiOkResponse({ description: 'one SVG page, sized in mm for printing at 100 %' })
  async labelSheet(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('showcaseId') showcaseId: string,
    @Query() query: LabelPageQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    sendSvg(res, await this.labels.sheet(user, fairId, showcaseId, query.page), 'labels');
  }

  @Get(':showcaseId/samples/:sampleId/label.svg')
  @Roles(Role.Organiser, Role.Admin)
  @ApiOperation({ summary: 'The label of one accepted sample on an A4 sheet (SVG)' })
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({ description: 'one SVG page' })
  async sampleLabel(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('showcaseId') showcaseId: string,
    @UuidParam('sampleId') sampleId: string,
    @Res() res: Response,
  ): Promise<void> {
    sendSvg(res, await this.labels.sheet(user, fairId, showcaseId, 1, sampleId), 'label');
  }
}
