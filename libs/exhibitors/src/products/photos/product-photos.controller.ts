import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Patch,
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
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  assertProducerAccess,
  AuthUser,
  CurrentUser,
  ErrorBodyDto,
  Role,
  Roles,
  UuidParam,
} from '@hoicho/platform';
import { PhotoOrderDto, PhotoUploadDto } from '../dto/photo-upload.dto';
import { PhotoDto } from '../dto/product-view.dto';
import { PhotoUploadInterceptor, UploadedPhoto } from './photo-upload.interceptor';
import { ProductPhotosService } from './product-photos.service';

@ApiTags('products')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'no such product or photo, or another’s' })
@Controller('api/v1/producers/:producerId/products/:productId/photos')
export class ProductPhotosController {
  constructor(private readonly photos: ProductPhotosService) {}

  @Post()
  @Roles(Role.Producer, Role.Admin)
  @UseInterceptors(PhotoUploadInterceptor)
  @ApiOperation({ summary: 'Upload a JPEG, PNG or WebP photo of at most 5 MB' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['photo'],
      properties: {
        photo: { type: 'string', format: 'binary' },
        caption: { type: 'string', maxLength: 200 },
      },
    },
  })
  @ApiCreatedResponse({ type: PhotoDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'too_many_photos' })
  upload(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
    @UuidParam('productId') productId: string,
    @UploadedFile() file: UploadedPhoto | undefined,
    @Body() dto: PhotoUploadDto,
  ): Promise<PhotoDto> {
    assertProducerAccess(user, producerId, 'write');
    return this.photos.add(producerId, productId, file, dto.caption ?? null);
  }

  @Patch()
  @Roles(Role.Producer, Role.Admin)
  @ApiOperation({ summary: 'Reorder the product’s photos; the first is its cover everywhere' })
  @ApiOkResponse({ type: [PhotoDto] })
  reorder(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
    @UuidParam('productId') productId: string,
    @Body() dto: PhotoOrderDto,
  ): Promise<PhotoDto[]> {
    assertProducerAccess(user, producerId, 'write');
    return this.photos.reorder(producerId, productId, dto.photoIds);
  }

  @ApiOperation({ summary: 'A product photo' })
  @Get(':photoId')
  @Roles(Role.Producer, Role.Organiser, Role.Admin)
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'private, max-age=86400')
  @ApiProduces('image/jpeg', 'image/png', 'image/webp')
  @ApiOkResponse({ description: 'the image bytes' })
  async get(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
    @UuidParam('productId') productId: string,
    @UuidParam('photoId') photoId: string,
  ): Promise<StreamableFile> {
    assertProducerAccess(user, producerId, 'read');
    const photo = await this.photos.read(producerId, productId, photoId);
    return new StreamableFile(photo.data, {
      type: photo.contentType,
      length: photo.data.length,
      disposition: 'inline',
    });
  }

  @ApiOperation({ summary: 'Delete a product photo' })
  @Delete(':photoId')
  @HttpCode(204)
  @Roles(Role.Producer, Role.Admin)
  @ApiNoContentResponse()
  async remove(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
    @UuidParam('productId') productId: string,
    @UuidParam('photoId') photoId: string,
  ): Promise<void> {
    assertProducerAccess(user, producerId, 'write');
    await this.photos.remove(producerId, productId, photoId);
  }
}
