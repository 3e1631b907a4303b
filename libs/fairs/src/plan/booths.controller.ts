import { Body, Controller, Delete, Get, HttpCode, Patch } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, ErrorBodyDto, Role, Roles, UuidParam } from '@hoicho/platform';
import { BoothsService } from './booths.service';
import { PlanBoothDto, UpdateBoothDto } from './dto/booth.dto';

@ApiTags('floor plans')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@ApiNotFoundResponse({
  type: ErrorBodyDto,
  description: 'no such fair or booth, or another body’s',
})
@Controller('api/v1/fairs/:fairId/booths/:boothId')
export class BoothsController {
  constructor(private readonly booths: BoothsService) {}

  @ApiOperation({ summary: 'A booth' })
  @Get()
  @Roles(Role.Admin, Role.Organiser, Role.GateStaff)
  @ApiOkResponse({ type: PlanBoothDto })
  get(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('boothId') boothId: string,
  ): Promise<PlanBoothDto> {
    return this.booths.get(user, fairId, boothId);
  }

  @Patch()
  @Roles(Role.Admin, Role.Organiser)
  @ApiOperation({
    summary: 'Edit a booth: code, zone, type, position, size, corner, blocked, neighbours',
    description: 'The whole plan is checked again (overlaps, codes); neighbours stay symmetric.',
  })
  @ApiOkResponse({ type: PlanBoothDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'plan_locked' })
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('boothId') boothId: string,
    @Body() dto: UpdateBoothDto,
  ): Promise<PlanBoothDto> {
    return this.booths.update(user, fairId, boothId, dto);
  }

  @ApiOperation({ summary: 'Delete a booth' })
  @Delete()
  @HttpCode(204)
  @Roles(Role.Admin, Role.Organiser)
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'plan_locked' })
  async remove(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('boothId') boothId: string,
  ): Promise<void> {
    await this.booths.remove(user, fairId, boothId);
  }
}
