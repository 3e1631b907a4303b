import { Controller, Get } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, ErrorBodyDto, Role, Roles, UuidParam } from '@hoicho/platform';
import { ApplicationProgressService } from './application-progress.service';
import { FeeQuoteDto, ProducerApplicationEventDto } from './dto/progress.dto';

@ApiTags('applications (producers)')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such application, or another’s' })
@Controller('api/v1/applications/:applicationId')
export class ApplicationProgressController {
  constructor(private readonly progress: ApplicationProgressService) {}

  @Get('quote')
  @Roles(Role.Producer)
  @ApiOperation({
    summary: 'What my application would cost if approved now: fee, support, deposit',
  })
  @ApiOkResponse({ type: FeeQuoteDto })
  quote(
    @CurrentUser() user: AuthUser,
    @UuidParam('applicationId') id: string,
  ): Promise<FeeQuoteDto> {
    return this.progress.quote(user, id);
  }

  @Get('timeline')
  @Roles(Role.Producer)
  @ApiOperation({ summary: 'My application’s steps as I was told them, oldest first' })
  @ApiOkResponse({ type: [ProducerApplicationEventDto] })
  timeline(
    @CurrentUser() user: AuthUser,
    @UuidParam('applicationId') id: string,
  ): Promise<ProducerApplicationEventDto[]> {
    return this.progress.timeline(user, id);
  }
}
