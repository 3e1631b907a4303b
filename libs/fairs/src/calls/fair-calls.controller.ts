import { Controller, Get } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorBodyDto, Public, UuidParam } from '@hoicho/platform';
import { FairCallDto } from './dto/fair-call.dto';
import { FairCallsService } from './fair-calls.service';

@ApiTags('fairs (public)')
@Public()
@Controller('api/v1/public/fairs')
export class FairCallsController {
  constructor(private readonly calls: FairCallsService) {}

  @Get()
  @ApiOperation({
    summary: 'Fairs open (or about to open) for applications, soonest deadline first',
  })
  @ApiOkResponse({ type: [FairCallDto] })
  list(): Promise<FairCallDto[]> {
    return this.calls.listOpen();
  }

  @Get(':fairId')
  @ApiOperation({ summary: 'One fair’s call for applications: dates, venue, fees, support' })
  @ApiOkResponse({ type: FairCallDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such fair, or still a draft' })
  get(@UuidParam('fairId') fairId: string): Promise<FairCallDto> {
    return this.calls.get(fairId);
  }
}
