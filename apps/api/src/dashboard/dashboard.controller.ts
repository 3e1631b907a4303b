import { Controller, Get } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, ErrorBodyDto, Role, Roles, UuidParam } from '@hoicho/platform';
import { DashboardDto } from './dashboard.dto';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such body, or another one' })
@Controller('api/v1/organising-bodies/:bodyId/dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @Roles(Role.Organiser, Role.Admin)
  @ApiOperation({
    summary:
      'The body’s dashboard figures in one answer: per fair in play, its review queue, samples not yet returned and support budgets',
  })
  @ApiOkResponse({ type: DashboardDto })
  get(@CurrentUser() user: AuthUser, @UuidParam('bodyId') bodyId: string): Promise<DashboardDto> {
    return this.dashboard.forBody(user, bodyId);
  }
}
