import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Response } from 'express';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiExtraModels,
  getSchemaPath,
} from '@nestjs/swagger';
import {
  ApiFileUpload,
  AuthUser,
  CurrentUser,
  ErrorBodyDto,
  Role,
  Roles,
  UuidParam,
} from '@hoicho/platform';
import { PlanGridDto } from './dto/plan-grid.dto';
import { PlanChangeDto, PlanImportJsonDto, PlanImportQueryDto } from './dto/plan-import.dto';
import { PlanDto } from './dto/plan.dto';
import { BoothsService } from './booths.service';
import { PlanGridService } from './plan-grid.service';
import { PLAN_FILE_LIMIT_BYTES } from './plan-body.middleware';
import { CSV_MEDIA_TYPES, readPlanSource, UploadedPlanFile } from './plan-import.source';
import { PlanImportService } from './plan-import.service';
import { PlanReaderService } from './plan-reader.service';

const CSV_DOC =
  'CSV header: code,zone,type,x,y,width,height[,corner,blocked,neighbours] in any order; ' +
  'comma or semicolon, UTF-8 with or without BOM; neighbours separated by | or spaces. ' +
  'JSON: {"booths":[{code, zone, type, x, y, width, height, corner?, blocked?, neighbours?}]}.';

@ApiTags('floor plans')
@ApiExtraModels(PlanImportJsonDto)
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such fair, or another body’s' })
@ApiBadRequestResponse({ type: ErrorBodyDto, description: 'plan_invalid lists every issue' })
@Controller('api/v1/fairs/:fairId')
export class PlanController {
  constructor(
    private readonly reader: PlanReaderService,
    private readonly grids: PlanGridService,
    private readonly imports: PlanImportService,
    private readonly booths: BoothsService,
  ) {}

  @Get('plan')
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOperation({ summary: 'The floor plan: zones, booth types (prices as strings) and booths' })
  @ApiOkResponse({ type: PlanDto })
  plan(@CurrentUser() user: AuthUser, @UuidParam('fairId') fairId: string): Promise<PlanDto> {
    return this.reader.planFor(user, fairId);
  }

  @Get('plan.svg')
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiProduces('image/svg+xml')
  @ApiOperation({ summary: 'The floor plan drawn as SVG, booths coloured by zone' })
  @ApiOkResponse({ schema: { type: 'string' } })
  async svg(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const svg = await this.reader.svg(user, fairId);
    // Set only on success: an error answer stays JSON.
    response.type('image/svg+xml; charset=utf-8');
    return svg;
  }

  @Post('plan/grid')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({
    summary: 'Add a rows × columns block of one booth type to a zone, neighbours included',
    description: 'Plan edits are allowed while the fair is draft or open (409 plan_locked after).',
  })
  @ApiOkResponse({ type: PlanChangeDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'plan_locked' })
  grid(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() dto: PlanGridDto,
  ): Promise<PlanChangeDto> {
    return this.grids.generate(user, fairId, dto);
  }

  @Post('plan/import')
  @HttpCode(200)
  @Roles(Role.Admin, Role.Organiser)
  @UseInterceptors(
    FileInterceptor('file', { limits: { fileSize: PLAN_FILE_LIMIT_BYTES, files: 1 } }),
  )
  @ApiFileUpload({
    file: 'file',
    description: CSV_DOC,
    raw: {
      ...Object.fromEntries(CSV_MEDIA_TYPES.map((type) => [type, { schema: { type: 'string' } }])),
      'application/json': { schema: { $ref: getSchemaPath(PlanImportJsonDto) } },
    },
  })
  @ApiOperation({
    summary: 'Import booths from CSV or JSON: all or nothing, every problem with its line',
    description: CSV_DOC,
  })
  @ApiOkResponse({ type: PlanChangeDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'plan_locked' })
  import(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Query() query: PlanImportQueryDto,
    @Headers('content-type') contentType: string | undefined,
    @Body() body: unknown,
    @UploadedFile() file: UploadedPlanFile | undefined,
  ): Promise<PlanChangeDto> {
    const source = readPlanSource(contentType, body, file);
    return this.imports.import(user, fairId, source, query.mode ?? 'replace');
  }

  @Delete('plan/booths')
  @HttpCode(200)
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({ summary: 'Remove every booth (zones and booth types stay)' })
  @ApiOkResponse({ schema: { properties: { removed: { type: 'number' } } } })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'plan_locked' })
  async clear(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
  ): Promise<{ removed: number }> {
    return { removed: await this.booths.clear(user, fairId) };
  }
}
