import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  ApiExportFile,
  AuthUser,
  CurrentUser,
  ErrorBodyDto,
  ExportColumn,
  ExportQueryDto,
  Role,
  Roles,
  sendExport,
  UuidParam,
} from '@hoicho/platform';
import { InquirySummaryDto } from './dto/inquiry.dto';
import { InquirySummaryService } from './inquiry-summary.service';

type Row = InquirySummaryDto['byProduct'][number];

const COLUMNS = (lang: 'vi' | 'en'): ExportColumn<Row>[] => [
  {
    header: { vi: 'Sản phẩm', en: 'Product' },
    type: 'text',
    value: (r) => (lang === 'en' && r.nameEn) || r.nameVi,
    width: 36,
  },
  {
    header: { vi: 'Đơn vị', en: 'Producer' },
    type: 'text',
    value: (r) => r.producerName,
    width: 36,
  },
  { header: { vi: 'Làng nghề', en: 'Craft village' }, type: 'text', value: (r) => r.village },
  { header: { vi: 'Số yêu cầu', en: 'Inquiries' }, type: 'number', value: (r) => r.inquiries },
];

@ApiTags('exports')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such fair, or another body’s' })
@Controller('api/v1/fairs/:fairId/exports')
export class InquiryExportsController {
  constructor(private readonly summaries: InquirySummaryService) {}

  @Get('inquiry-counts')
  @Roles(Role.Organiser, Role.Admin)
  @ApiOperation({
    summary:
      'Buyer inquiries counted per product (no buyer data), most asked first, as CSV or XLSX',
  })
  @ApiExportFile()
  async inquiryCounts(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Query() query: ExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    // One row per product asked about: a small table, summed by the summary already.
    const { byProduct } = await this.summaries.summary(user, fairId);
    const table = {
      fileName: `inquiry-counts-${fairId.slice(0, 8)}`,
      sheetName: { vi: 'Yêu cầu của người mua', en: 'Buyer inquiries' },
      columns: COLUMNS(query.lang),
      rows: (async function* () {
        yield* byProduct;
      })(),
    };
    await sendExport(response, table, query.format, query.lang);
  }
}
