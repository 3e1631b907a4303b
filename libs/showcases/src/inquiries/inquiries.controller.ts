import { Body, Controller, Get, Patch, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
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
import {
  InquiryCountsDto,
  InquiryDto,
  InquiryPageDto,
  InquiryQueryDto,
  InquirySummaryDto,
  UpdateInquiryDto,
} from './dto/inquiry.dto';
import { InquirySummaryService } from './inquiry-summary.service';
import { ProducerInquiriesService } from './producer-inquiries.service';

/** Buyers' messages are the producer's: organisers are not let in here (see the summary). */
@ApiTags('inquiries')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'another producer or inquiry' })
@Controller('api/v1/producers/:producerId/inquiries')
export class ProducerInquiriesController {
  constructor(private readonly inquiries: ProducerInquiriesService) {}

  @Get()
  @Roles(Role.Producer, Role.Admin)
  @ApiOperation({ summary: 'Buyers’ inquiries about the producer’s products, newest first' })
  @ApiOkResponse({ type: InquiryPageDto })
  list(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
    @Query() query: InquiryQueryDto,
  ): Promise<Page<InquiryDto>> {
    assertProducerAccess(user, producerId, 'write');
    return this.inquiries.list(producerId, query);
  }

  // Before ':inquiryId', which would read "counts" as a (malformed) id.
  @Get('counts')
  @Roles(Role.Producer, Role.Admin)
  @ApiOperation({ summary: 'How many of the producer’s inquiries are new, replied and closed' })
  @ApiOkResponse({ type: InquiryCountsDto })
  counts(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
  ): Promise<InquiryCountsDto> {
    assertProducerAccess(user, producerId, 'write');
    return this.inquiries.counts(producerId);
  }

  @Get(':inquiryId')
  @Roles(Role.Producer, Role.Admin)
  @ApiOperation({ summary: 'One inquiry: the buyer, the message, the product it came from' })
  @ApiOkResponse({ type: InquiryDto })
  get(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
    @UuidParam('inquiryId') inquiryId: string,
  ): Promise<InquiryDto> {
    assertProducerAccess(user, producerId, 'write');
    return this.inquiries.get(producerId, inquiryId);
  }

  @Patch(':inquiryId')
  @Roles(Role.Producer, Role.Admin)
  @ApiOperation({ summary: 'Mark an inquiry new, replied or closed' })
  @ApiOkResponse({ type: InquiryDto })
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
    @UuidParam('inquiryId') inquiryId: string,
    @Body() dto: UpdateInquiryDto,
  ): Promise<InquiryDto> {
    assertProducerAccess(user, producerId, 'write');
    return this.inquiries.setStatus(user, producerId, inquiryId, dto.status);
  }
}

@ApiTags('inquiries')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such fair, or another body’s' })
@Controller('api/v1/fairs/:fairId/inquiries')
export class FairInquiriesController {
  constructor(private readonly inquiries: InquirySummaryService) {}

  @Get('summary')
  @Roles(Role.Organiser, Role.Admin)
  @ApiOperation({
    summary: 'Inquiries the fair raised, counted by status, village and product (no messages)',
  })
  @ApiOkResponse({ type: InquirySummaryDto })
  summary(
    @CurrentUser() user: AuthUser,
    @UuidParam('fairId') fairId: string,
  ): Promise<InquirySummaryDto> {
    return this.inquiries.summary(user, fairId);
  }
}
