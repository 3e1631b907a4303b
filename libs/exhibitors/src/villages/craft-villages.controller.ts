import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import {
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
import { ErrorBodyDto, Role, Roles, UuidParam } from '@hoicho/platform';
import { CraftVillagesService } from './craft-villages.service';
import {
  CraftVillageDto,
  CraftVillagePageDto,
  CraftVillageQueryDto,
  CreateCraftVillageDto,
  UpdateCraftVillageDto,
} from './dto/craft-village.dto';

@ApiTags('reference data')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@Controller('api/v1/craft-villages')
export class CraftVillagesController {
  constructor(private readonly villages: CraftVillagesService) {}

  @Get()
  @ApiOperation({ summary: 'Craft villages in Vietnamese order; q ignores diacritics' })
  @ApiOkResponse({ type: CraftVillagePageDto })
  list(@Query() query: CraftVillageQueryDto): Promise<CraftVillagePageDto> {
    return this.villages.list(query);
  }

  @ApiOperation({ summary: 'A craft village' })
  @Get(':villageId')
  @ApiOkResponse({ type: CraftVillageDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  get(@UuidParam('villageId') id: string): Promise<CraftVillageDto> {
    return this.villages.get(id);
  }

  @Post()
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({ summary: 'Add a craft village (admins and organisers)' })
  @ApiCreatedResponse({ type: CraftVillageDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'village_exists' })
  create(@Body() dto: CreateCraftVillageDto): Promise<CraftVillageDto> {
    return this.villages.create(dto);
  }

  @Patch(':villageId')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({ summary: 'Change a craft village, e.g. its recognition (admins and organisers)' })
  @ApiOkResponse({ type: CraftVillageDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'village_exists' })
  update(
    @UuidParam('villageId') id: string,
    @Body() dto: UpdateCraftVillageDto,
  ): Promise<CraftVillageDto> {
    return this.villages.update(id, dto);
  }
}
