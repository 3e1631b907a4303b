import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, ErrorBodyDto, Role, Roles, UuidParam } from '@hoicho/platform';
import { CampaignProgressService } from './campaign-progress.service';
import { CampaignProgressQueryDto } from './dto/campaign-progress-query.dto';
import { CampaignProgressDto } from './dto/campaign-view.dto';

@ApiTags('campaigns')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such body, or not yours' })
@Roles(Role.Admin, Role.Organiser)
@Controller('api/v1')
export class CampaignProgressController {
  constructor(private readonly progress: CampaignProgressService) {}

  @Get('organising-bodies/:bodyId/campaigns/progress')
  @ApiOperation({
    summary: 'The progress of all the body’s campaigns (or one fair’s) in one answer, newest first',
  })
  @ApiOkResponse({ type: [CampaignProgressDto] })
  ofBody(
    @CurrentUser() user: AuthUser,
    @UuidParam('bodyId') bodyId: string,
    @Query() query: CampaignProgressQueryDto,
  ): Promise<CampaignProgressDto[]> {
    return this.progress.ofBody(user, bodyId, query.fairId);
  }
}
