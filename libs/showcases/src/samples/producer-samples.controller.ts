import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  assertProducerAccess,
  AuthUser,
  CurrentUser,
  ErrorBodyDto,
  Page,
  Role,
  Roles,
  UuidParam,
} from '@hoicho/platform';
import { ProducerSampleDto, ProducerSamplePageDto, ProducerSampleQueryDto } from './dto/sample.dto';
import { SampleQueryService } from './sample-query.service';

@ApiTags('showcases')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'another producer' })
@Controller('api/v1/producers/:producerId/showcase-samples')
export class ProducerSamplesController {
  constructor(private readonly samples: SampleQueryService) {}

  @Get()
  @Roles(Role.Producer, Role.Admin)
  @ApiOperation({ summary: 'The producer’s showcase entries and samples, newest first' })
  @ApiOkResponse({ type: ProducerSamplePageDto })
  list(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
    @Query() query: ProducerSampleQueryDto,
  ): Promise<Page<ProducerSampleDto>> {
    assertProducerAccess(user, producerId, 'write');
    return this.samples.ofProducer(producerId, query);
  }
}
