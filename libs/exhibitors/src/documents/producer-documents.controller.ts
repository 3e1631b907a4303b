import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Post,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import {
  assertProducerAccess,
  AuthUser,
  CurrentUser,
  ErrorBodyDto,
  Public,
  Role,
  Roles,
  UuidParam,
} from '@hoicho/platform';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS } from '../domain';
import { DocumentReviewService } from './document-review.service';
import { DocumentUploadInterceptor, UploadedDocument } from './document-upload.interceptor';
import {
  DocumentKindDto,
  DocumentReviewDto,
  DocumentUploadDto,
  ProducerDocumentDto,
} from './dto/document.dto';
import { ProducerDocumentsService } from './producer-documents.service';

@ApiTags('documents')
@ApiBearerAuth()
@ApiBadRequestResponse({ type: ErrorBodyDto })
@ApiNotFoundResponse({
  type: ErrorBodyDto,
  description: 'no such producer or document, or not yours to see',
})
@Controller('api/v1')
export class ProducerDocumentsController {
  constructor(
    private readonly documents: ProducerDocumentsService,
    private readonly reviews: DocumentReviewService,
  ) {}

  @Get('document-kinds')
  @Public()
  @ApiOperation({ summary: 'The kinds of document a producer can upload and a fair can require' })
  @ApiOkResponse({ type: [DocumentKindDto] })
  kinds(): DocumentKindDto[] {
    return DOCUMENT_KINDS.map((kind) => ({
      kind,
      labelVi: DOCUMENT_KIND_LABELS[kind].vi,
      labelEn: DOCUMENT_KIND_LABELS[kind].en,
    }));
  }

  @Get('producers/:producerId/documents')
  @Roles(Role.Producer, Role.Organiser, Role.Admin)
  @ApiOperation({ summary: 'The producer’s current documents with their check and validity' })
  @ApiOkResponse({ type: [ProducerDocumentDto] })
  list(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
  ): Promise<ProducerDocumentDto[]> {
    return this.documents.list(user, producerId);
  }

  @Post('producers/:producerId/documents')
  @Roles(Role.Producer, Role.Admin)
  @UseInterceptors(DocumentUploadInterceptor)
  @ApiOperation({
    summary:
      'Upload a PDF, JPEG or PNG document of at most 10 MB; it replaces the current one of its kind',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'kind', 'issuedOn'],
      properties: {
        file: { type: 'string', format: 'binary' },
        kind: { type: 'string', enum: [...DOCUMENT_KINDS] },
        title: { type: 'string', maxLength: 200 },
        issuedOn: { type: 'string', example: '2024-07-01' },
        expiresOn: { type: 'string', example: '2027-06-30' },
      },
    },
  })
  @ApiCreatedResponse({ type: ProducerDocumentDto })
  upload(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
    @UploadedFile() file: UploadedDocument | undefined,
    @Body() dto: DocumentUploadDto,
  ): Promise<ProducerDocumentDto> {
    assertProducerAccess(user, producerId, 'write');
    return this.documents.upload(user, producerId, file, dto);
  }

  @Get('producers/:producerId/documents/:documentId/file')
  @Roles(Role.Producer, Role.Organiser, Role.Admin)
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'The document’s file' })
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiOkResponse({ description: 'the file bytes' })
  async file(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
    @UuidParam('documentId') documentId: string,
  ): Promise<StreamableFile> {
    const doc = await this.documents.file(user, producerId, documentId);
    return new StreamableFile(doc.data, {
      type: doc.contentType,
      length: doc.data.length,
      disposition: `inline; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
    });
  }

  @Post('producers/:producerId/documents/:documentId/review')
  @HttpCode(200)
  @Roles(Role.Organiser, Role.Admin)
  @ApiOperation({
    summary: 'Mark the document checked, or refuse it with a reason; the producer is mailed',
  })
  @ApiOkResponse({ type: ProducerDocumentDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'document_not_current' })
  review(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
    @UuidParam('documentId') documentId: string,
    @Body() dto: DocumentReviewDto,
  ): Promise<ProducerDocumentDto> {
    return this.reviews.review(user, producerId, documentId, dto);
  }

  @Delete('producers/:producerId/documents/:documentId')
  @HttpCode(204)
  @Roles(Role.Producer, Role.Admin)
  @ApiOperation({ summary: 'Delete a document nobody has reviewed yet' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'document_reviewed' })
  async remove(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
    @UuidParam('documentId') documentId: string,
  ): Promise<void> {
    assertProducerAccess(user, producerId, 'write');
    await this.documents.remove(producerId, documentId);
  }
}
