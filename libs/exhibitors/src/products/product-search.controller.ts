import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ErrorBodyDto, Role, Roles } from '@hoicho/platform';
import { AllProductsQueryDto, ProductPageDto } from './dto/product-view.dto';
import { ProductsService } from './products.service';

@ApiTags('products')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@Controller('api/v1/products')
export class ProductSearchController {
  constructor(private readonly products: ProductsService) {}

  @Get()
  @Roles(Role.Organiser, Role.Admin)
  @ApiOperation({
    summary: 'Products of every producer, by name, category or material (diacritics ignored)',
  })
  @ApiOkResponse({ type: ProductPageDto })
  list(@Query() query: AllProductsQueryDto): Promise<ProductPageDto> {
    return this.products.list(query);
  }
}
