import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, ErrorBodyDto, Role, Roles, UuidParam } from '@hoicho/platform';
import { FairAccess } from '../common/fair-access.service';
import { BoothTypeDto, CreateBoothTypeDto, UpdateBoothTypeDto } from './dto/booth-type.dto';
import { BoothTypesService, toBoothTypeDto } from './booth-types.service';

@ApiTags('floor plans')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@ApiNotFoundResponse({
  type: ErrorBodyDto,
  description: 'no such fair or booth type, or another body’s',
})
@Controller('api/v1/fairs/:fairId/booth-types')
export class BoothTypesController {
  constructor(
    private readonly access: FairAccess,
    private readonly types: BoothTypesService,
  ) {}

  @Post()
  @Roles(Role.Admin, Role.Organiser)
  @ApiCreatedResponse({ type: BoothTypeDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'code_taken, plan_locked' })
  async create(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() dto: CreateBoothTypeDto,
  ): Promise<BoothTypeDto> {
    await this.access.get(user, fairId);
    return toBoothTypeDto(await this.types.create(fairId, dto));
  }

  @Get()
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOkResponse({ type: [BoothTypeDto] })
  async list(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
  ): Promise<BoothTypeDto[]> {
    await this.access.get(user, fairId);
    return (await this.types.list(fairId)).map(toBoothTypeDto);
  }

  @Get(':boothTypeId')
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOkResponse({ type: BoothTypeDto })
  async get(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('boothTypeId') boothTypeId: string,
  ): Promise<BoothTypeDto> {
    await this.access.get(user, fairId);
    return toBoothTypeDto(await this.types.get(fairId, boothTypeId));
  }

  @Patch(':boothTypeId')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOkResponse({ type: BoothTypeDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'code_taken, plan_locked' })
  async update(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('boothTypeId') boothTypeId: string,
    @Body() dto: UpdateBoothTypeDto,
  ): Promise<BoothTypeDto> {
    await this.access.get(user, fairId);
    return toBoothTypeDto(await this.types.update(fairId, boothTypeId, dto));
  }

  @Delete(':boothTypeId')
  @HttpCode(204)
  @Roles(Role.Admin, Role.Organiser)
  @ApiNoContentResponse()
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'in_use (booths use the type), plan_locked',
  })
  async remove(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('boothTypeId') boothTypeId: string,
  ): Promise<void> {
    await this.access.get(user, fairId);
    await this.types.remove(fairId, boothTypeId);
  }
}
