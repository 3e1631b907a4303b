import { Controller, Get, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import type { Response } from 'express';
import { AuthUser, CurrentUser, ErrorBodyDto, Role, Roles, UuidParam } from '@hoicho/platform';
import { dossierPdf } from './dossier-pdf';
import { dossierXlsx } from './dossier-xlsx';
import { SupportDossierService } from './support-dossier.service';

const FORMATS = ['xlsx', 'pdf'] as const;

export class DossierQueryDto {
  @ApiProperty({ enum: FORMATS })
  @IsIn(FORMATS)
  format: (typeof FORMATS)[number];
}

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

@ApiTags('exports')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such fair, or another body’s' })
@Controller('api/v1/fairs/:fairId/exports')
export class SupportDossierController {
  constructor(private readonly dossiers: SupportDossierService) {}

  @Get('support-dossier')
  @Roles(Role.Organiser, Role.Admin)
  @ApiOperation({
    summary:
      'The support-programme dossier (Vietnamese): beneficiaries, identifiers, villages, eligibility, booths, subsidies and budgets, as XLSX or PDF',
  })
  @ApiProduces(TYPES.xlsx, TYPES.pdf)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async dossier(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Query() query: DossierQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const dossier = await this.dossiers.build(user, fairId);
    const file = query.format === 'pdf' ? await dossierPdf(dossier) : await dossierXlsx(dossier);
    const name = `ho-so-ho-tro-${fairId.slice(0, 8)}.${query.format}`;
    response
      .status(200)
      .setHeader('Content-Type', TYPES[query.format])
      .setHeader('Content-Disposition', `attachment; filename="${name}"`)
      .setHeader('Cache-Control', 'no-store')
      .end(file);
  }
}
