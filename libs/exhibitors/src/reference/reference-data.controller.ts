import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ErrorBodyDto, Role, Roles } from '@hoicho/platform';
import { CodeParam } from '../common/code-param';
import { CODE, CODE_MESSAGE } from '../common/text.decorators';
import {
  COMMUNE_CODE,
  CommuneDto,
  CommuneQueryDto,
  CraftCategoryDto,
  PROVINCE_CODE,
  ProvinceDto,
  PutCommuneDto,
  PutCraftCategoryDto,
  PutProvinceDto,
} from './dto/reference.dto';
import { ReferenceDataService } from './reference-data.service';

const ProvinceCode = () => CodeParam('provinceCode', PROVINCE_CODE, 'must be a 2-digit code');

/**
 * Administrative units and crafts change (the 2025 merger will not be the last), so they are
 * data: any signed-in user reads them to fill a form, admins replace them with PUT.
 */
@ApiTags('reference data')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@Controller('api/v1/reference')
export class ReferenceDataController {
  constructor(private readonly reference: ReferenceDataService) {}

  @Get('provinces')
  @ApiOperation({ summary: 'Provinces, in Vietnamese order' })
  @ApiOkResponse({ type: [ProvinceDto] })
  provinces(): Promise<ProvinceDto[]> {
    return this.reference.provinces();
  }

  @Put('provinces/:provinceCode')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Create or rename a province (admins)' })
  @ApiOkResponse({ type: ProvinceDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  putProvince(@ProvinceCode() code: string, @Body() dto: PutProvinceDto): Promise<ProvinceDto> {
    return this.reference.putProvince(code, dto);
  }

  @Get('provinces/:provinceCode/communes')
  @ApiOperation({ summary: 'Communes and wards of a province; q ignores diacritics' })
  @ApiOkResponse({ type: [CommuneDto] })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  communes(@ProvinceCode() code: string, @Query() query: CommuneQueryDto): Promise<CommuneDto[]> {
    return this.reference.communes(code, query.q);
  }

  @Put('communes/:communeCode')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Create or change a commune or ward (admins)' })
  @ApiOkResponse({ type: CommuneDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'commune_in_use' })
  putCommune(
    @CodeParam('communeCode', COMMUNE_CODE, 'must be a 5-digit code') code: string,
    @Body() dto: PutCommuneDto,
  ): Promise<CommuneDto> {
    return this.reference.putCommune(code, dto);
  }

  @Get('craft-categories')
  @ApiOperation({ summary: 'Craft categories, in Vietnamese order' })
  @ApiOkResponse({ type: [CraftCategoryDto] })
  craftCategories(): Promise<CraftCategoryDto[]> {
    return this.reference.craftCategories();
  }

  @Put('craft-categories/:craftCode')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Create or rename a craft category (admins)' })
  @ApiOkResponse({ type: CraftCategoryDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  putCraftCategory(
    @CodeParam('craftCode', CODE, CODE_MESSAGE) code: string,
    @Body() dto: PutCraftCategoryDto,
  ): Promise<CraftCategoryDto> {
    return this.reference.putCraftCategory(code, dto);
  }
}
