import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
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
  Role,
  Roles,
  UuidParam,
} from '@hoicho/platform';
import { CreateProductDto, UpdateProductDto } from './dto/product-input.dto';
import { ProductDto, ProductPageDto, ProductQueryDto } from './dto/product-view.dto';
import { ProductsService } from './products.service';

/** A producer's catalogue: its members write it, organisers and admins read it. */
@ApiTags('products')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@ApiNotFoundResponse({
  type: ErrorBodyDto,
  description: 'no such producer or product, or another’s',
})
@Controller('api/v1/producers/:producerId/products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Post()
  @Roles(Role.Producer, Role.Admin)
  @ApiOperation({ summary: 'Add a product or sample to the catalogue' })
  @ApiCreatedResponse({ type: ProductDto })
  create(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
    @Body() dto: CreateProductDto,
  ): Promise<ProductDto> {
    assertProducerAccess(user, producerId, 'write');
    return this.products.create(producerId, dto);
  }

  @Get()
  @Roles(Role.Producer, Role.Organiser, Role.Admin)
  @ApiOperation({ summary: 'The catalogue in Vietnamese order; q ignores diacritics' })
  @ApiOkResponse({ type: ProductPageDto })
  async list(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
    @Query() query: ProductQueryDto,
  ): Promise<ProductPageDto> {
    assertProducerAccess(user, producerId, 'read');
    return this.products.list({ ...query, producerId });
  }

  @ApiOperation({ summary: 'A product of the catalogue' })
  @Get(':productId')
  @Roles(Role.Producer, Role.Organiser, Role.Admin)
  @ApiOkResponse({ type: ProductDto })
  get(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
    @UuidParam('productId') productId: string,
  ): Promise<ProductDto> {
    assertProducerAccess(user, producerId, 'read');
    return this.products.view(producerId, productId);
  }

  @Patch(':productId')
  @Roles(Role.Producer, Role.Admin)
  @ApiOperation({ summary: 'Change a product; optional fields are cleared with null' })
  @ApiOkResponse({ type: ProductDto })
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
    @UuidParam('productId') productId: string,
    @Body() dto: UpdateProductDto,
  ): Promise<ProductDto> {
    assertProducerAccess(user, producerId, 'write');
    return this.products.update(producerId, productId, dto);
  }

  @Delete(':productId')
  @HttpCode(204)
  @Roles(Role.Producer, Role.Admin)
  @ApiOperation({ summary: 'Remove a product and its photos' })
  @ApiNoContentResponse()
  async remove(
    @CurrentUser() user: AuthUser,
    @UuidParam('producerId') producerId: string,
    @UuidParam('productId') productId: string,
  ): Promise<void> {
    assertProducerAccess(user, producerId, 'write');
    await this.products.remove(producerId, productId);
  }
}
