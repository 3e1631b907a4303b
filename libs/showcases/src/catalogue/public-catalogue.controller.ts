import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { Request, Response } from 'express';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorBodyDto, Page, Public, RateLimit, UuidParam } from '@hoicho/platform';
import { CreateInquiryDto, InquiryFormDto, InquiryReceiptDto } from '../inquiries/dto/inquiry.dto';
import { InquiryFormService } from '../inquiries/inquiry-form.service';
import { InquirySubmissionService } from '../inquiries/inquiry-submission.service';
import { CatalogueSearchService } from './catalogue-search.service';
import {
  ExhibitorQueryDto,
  FairsPageQueryDto,
  LangQueryDto,
  ProductQueryDto,
  PublicExhibitorDetailDto,
  PublicExhibitorDto,
  PublicExhibitorPageDto,
  PublicFairDto,
  PublicFairPageDto,
  PublicProductDto,
  PublicProductPageDto,
  PublicShowcaseDto,
} from './dto/catalogue.dto';
import { ExhibitorDirectoryService } from './exhibitor-directory.service';
import { PublicFairsService } from './public-fairs.service';
import { PublicProductService } from './public-product.service';
import { PublicShowcasesService } from './public-showcases.service';

/**
 * The public catalogue: no login, only fairs that are published, running or closed, only
 * what producers published, and no private field (tax codes, phones, emails, fees, reviews,
 * declared values) in any answer.
 */
@ApiTags('catalogue')
@ApiBadRequestResponse({ type: ErrorBodyDto, description: 'invalid query, the field named' })
@ApiNotFoundResponse({
  type: ErrorBodyDto,
  description: 'no such public fair, exhibitor or product',
})
@Public()
@Controller('api/v1/catalogue/fairs')
export class PublicCatalogueController {
  constructor(
    private readonly publicFairs: PublicFairsService,
    private readonly directory: ExhibitorDirectoryService,
    private readonly search: CatalogueSearchService,
    private readonly productPages: PublicProductService,
    private readonly publicShowcases: PublicShowcasesService,
    private readonly forms: InquiryFormService,
    private readonly inquiries: InquirySubmissionService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Fairs with a public catalogue (published, running, closed)' })
  @ApiOkResponse({ type: PublicFairPageDto })
  fairs(@Query() query: FairsPageQueryDto): Promise<Page<PublicFairDto>> {
    return this.publicFairs.list(query.lang, query.page, query.pageSize);
  }

  @Get(':fairId')
  @ApiOperation({ summary: 'A fair: name, venue, days' })
  @ApiOkResponse({ type: PublicFairDto })
  fair(@UuidParam('fairId') fairId: string, @Query() query: LangQueryDto): Promise<PublicFairDto> {
    return this.publicFairs.fair(fairId, query.lang);
  }

  @Get(':fairId/exhibitors')
  @ApiOperation({
    summary:
      'Exhibitor directory: name, village, craft, booth codes; search and filters ignore diacritics',
  })
  @ApiOkResponse({ type: PublicExhibitorPageDto })
  exhibitors(
    @UuidParam('fairId') fairId: string,
    @Query() query: ExhibitorQueryDto,
  ): Promise<Page<PublicExhibitorDto>> {
    return this.directory.page(fairId, query);
  }

  @Get(':fairId/exhibitors/:producerId')
  @ApiOperation({ summary: 'One exhibitor with its published products' })
  @ApiOkResponse({ type: PublicExhibitorDetailDto })
  exhibitor(
    @UuidParam('fairId') fairId: string,
    @UuidParam('producerId') producerId: string,
    @Query() query: LangQueryDto,
  ): Promise<PublicExhibitorDetailDto> {
    return this.directory.exhibitor(fairId, producerId, query.lang);
  }

  @Get(':fairId/products')
  @ApiOperation({
    summary:
      'Search products: words match product, producer, village or craft; filters village, craft, material, OCOP stars, price range',
  })
  @ApiOkResponse({ type: PublicProductPageDto })
  async products(
    @UuidParam('fairId') fairId: string,
    @Query() query: ProductQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const answer = await this.search.answer(fairId, query);
    res.set({ 'Content-Type': 'application/json; charset=utf-8', ETag: answer.etag });
    // Express answers 304 itself when If-None-Match carries this ETag.
    res.status(req.fresh ? 304 : 200).send(req.fresh ? undefined : answer.body);
  }

  @Get(':fairId/products/:productId')
  @ApiOperation({ summary: 'A product page: photos, OCOP, materials, price range, minimum order' })
  @ApiOkResponse({ type: PublicProductDto })
  product(
    @UuidParam('fairId') fairId: string,
    @UuidParam('productId') productId: string,
    @Query() query: LangQueryDto,
  ): Promise<PublicProductDto> {
    return this.productPages.page(fairId, productId, query.lang);
  }

  @Get(':fairId/products/:productId/photos/:photoId')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'public, max-age=3600')
  @ApiOperation({ summary: 'A photo of a published product' })
  @ApiProduces('image/jpeg', 'image/png', 'image/webp')
  @ApiOkResponse({ description: 'the image bytes' })
  async photo(
    @UuidParam('fairId') fairId: string,
    @UuidParam('productId') productId: string,
    @UuidParam('photoId') photoId: string,
  ): Promise<StreamableFile> {
    const photo = await this.productPages.photo(fairId, productId, photoId);
    return new StreamableFile(photo.data, {
      type: photo.contentType,
      length: photo.data.length,
      disposition: 'inline',
    });
  }

  @Get(':fairId/showcases')
  @ApiOperation({ summary: 'The fair’s showcases with their samples' })
  @ApiOkResponse({ type: [PublicShowcaseDto] })
  showcases(
    @UuidParam('fairId') fairId: string,
    @Query() query: LangQueryDto,
  ): Promise<PublicShowcaseDto[]> {
    return this.publicShowcases.ofFair(fairId, query.lang);
  }

  @Get(':fairId/inquiry-form')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'A signed token for the inquiry form: send it back with the inquiry after a few seconds, with the honeypot field empty',
  })
  @ApiOkResponse({ type: InquiryFormDto })
  inquiryForm(@UuidParam('fairId') fairId: string): Promise<InquiryFormDto> {
    return this.forms.form(fairId);
  }

  @Post(':fairId/products/:productId/inquiries')
  @HttpCode(202)
  @RateLimit('form')
  @ApiOperation({
    summary:
      'Send a buyer inquiry (no account): the producer is emailed in its language. Rate-limited',
  })
  @ApiAcceptedResponse({ type: InquiryReceiptDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'form_token_used' })
  async inquire(
    @UuidParam('fairId') fairId: string,
    @UuidParam('productId') productId: string,
    @Body() dto: CreateInquiryDto,
  ): Promise<InquiryReceiptDto> {
    await this.inquiries.submit(fairId, productId, dto);
    return { status: 'received' };
  }
}
