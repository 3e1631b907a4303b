import { Body, Controller, HttpCode, Post } from '@nestjs/common';
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
import { AuthUser, CurrentUser, ErrorBodyDto, Role, Roles, UuidParam } from '@hoicho/platform';
import { BoothShapeService } from './booth-shape.service';
import { MergeBoothDto } from './dto/booth-merge.dto';
import { PlanBoothDto } from './dto/booth.dto';

@ApiTags('floor plans')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto, description: 'cannot merge or split these booths' })
@ApiNotFoundResponse({
  type: ErrorBodyDto,
  description: 'no such fair or booth, or another body’s',
})
@ApiConflictResponse({ type: ErrorBodyDto, description: 'plan_locked' })
@Controller('api/v1/fairs/:fairId/booths/:boothId')
@Roles(Role.Admin, Role.Organiser)
export class BoothShapeController {
  constructor(private readonly shapes: BoothShapeService) {}

  @Post('merge')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Merge two booths sharing a whole wall (one zone and type) into one, atomically',
  })
  @ApiOkResponse({ type: [PlanBoothDto], description: 'the merged booth' })
  merge(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('boothId') boothId: string,
    @Body() dto: MergeBoothDto,
  ): Promise<PlanBoothDto[]> {
    return this.shapes.merge(user, fairId, boothId, dto.with);
  }

  @Post('split')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Split a booth two of its type long into two, atomically (the second half is coded "<code>B")',
  })
  @ApiOkResponse({ type: [PlanBoothDto], description: 'the two halves' })
  split(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
    @UuidParam('boothId') boothId: string,
  ): Promise<PlanBoothDto[]> {
    return this.shapes.split(user, fairId, boothId);
  }
}
