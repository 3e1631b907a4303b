import { Controller, Get, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, ErrorBodyDto, Role, Roles, UuidParam } from '@hoicho/platform';
import { Response } from 'express';
import { ProducerBoothsDto } from './dto/producer-booths.dto';
import { ProducerBoothsService } from './producer-booths.service';

@ApiTags('applications (producers)')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such application, or another’s' })
@Controller('api/v1/applications/:applicationId/booths')
export class ProducerBoothsController {
  constructor(private readonly booths: ProducerBoothsService) {}

  @Get()
  @Roles(Role.Producer)
  @ApiOperation({ summary: 'The booths my application was given (none until published)' })
  @ApiOkResponse({ type: ProducerBoothsDto })
  list(
    @CurrentUser() user: AuthUser,
    @UuidParam('applicationId') id: string,
  ): Promise<ProducerBoothsDto> {
    return this.booths.booths(user, id);
  }

  @Get('plan.svg')
  @Roles(Role.Producer)
  @ApiProduces('image/svg+xml')
  @ApiOperation({ summary: 'The fair’s floor plan with my booths marked' })
  @ApiOkResponse({ schema: { type: 'string' } })
  async plan(
    @CurrentUser() user: AuthUser,
    @UuidParam('applicationId') id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const svg = await this.booths.planSvg(user, id);
    response.type('image/svg+xml; charset=utf-8');
    return svg;
  }
}
