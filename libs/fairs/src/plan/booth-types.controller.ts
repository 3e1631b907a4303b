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
  ApiOperation,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, ErrorBodyDto, Role, Roles, UuidParam } from '@hoicho/platform';
import { BoothTypeDto, CreateBoothTypeDto, UpdateBoothTypeDto } from './dto/booth-type.dto';
import { BoothTypesService } from './booth-types.service';

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
  constructor(private readonly types: BoothTypesService) {}

  @ApiOperation({ summary: 'Add a booth type to a fair' })
  @Post()
  @Roles(Role.Admin, Role.Organiser)
  @ApiCreatedResponse({ type: BoothTypeDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'code_taken, plan_locked' })
  create(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @Body() dto: CreateBoothTypeDto,
  ): Promise<BoothTypeDto> {
    return this.types.create(user, fairId, dto);
  }

  @ApiOperation({ summary: 'Booth types of a fair' })
  @Get()
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOkResponse({ type: [BoothTypeDto] })
  list(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
  ): Promise<BoothTypeDto[]> {
    return this.types.list(user, fairId);
  }

  @ApiOperation({ summary: 'A booth type' })
  @Get(':boothTypeId')
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOkResponse({ type: BoothTypeDto })
  get(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('boothTypeId') boothTypeId: string,
  ): Promise<BoothTypeDto> {
    return this.types.get(user, fairId, boothTypeId);
  }

  @ApiOperation({ summary: 'Change a booth type' })
  @Patch(':boothTypeId')
  @Roles(Role.Admin, Role.Organiser)
  @ApiOkResponse({ type: BoothTypeDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'code_taken, plan_locked' })
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('boothTypeId') boothTypeId: string,
    @Body() dto: UpdateBoothTypeDto,
  ): Promise<BoothTypeDto> {
    return this.types.update(user, fairId, boothTypeId, dto);
  }

  @Delete(':boothTypeId')
  @HttpCode(204)
  @Roles(Role.Admin, Role.Organiser)
  @ApiNoContentResponse()
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'in_use (booths use the type), plan_locked',
  })
  @ApiOperation({ summary: 'Delete a booth type' })
  async remove(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('boothTypeId') boothTypeId: string,
  ): Promise<void> {
    await this.types.remove(user, fairId, boothTypeId);
  }
}
