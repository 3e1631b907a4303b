import { applyDecorators, Controller } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ErrorBodyDto } from '@hoicho/platform';

/**
 * What the signed-in routes under a fair's showcases (showcases, their samples, their labels)
 * share: the path, the OpenAPI tag, the bearer token and the error answers.
 */
export const ShowcaseRoutes = () =>
  applyDecorators(
    ApiTags('showcases'),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ type: ErrorBodyDto }),
    ApiForbiddenResponse({ type: ErrorBodyDto, description: 'role not allowed' }),
    ApiBadRequestResponse({ type: ErrorBodyDto, description: 'invalid fields, named' }),
    ApiNotFoundResponse({
      type: ErrorBodyDto,
      description: 'no such fair, showcase or sample, or another’s',
    }),
    Controller('api/v1/fairs/:fairId/showcases'),
  );
