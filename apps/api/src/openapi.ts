import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ErrorBodyDto } from '@hoicho/platform';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/**
 * The OpenAPI document at /docs. Routes document their specific error answers; every route
 * also gets a `default` answer with the one error body shape, so no operation leaves a client
 * guessing what a failure looks like.
 */
export function buildOpenApi(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Hội Chợ API')
      .setDescription(
        'Trade fairs for craft-village producers: fairs, applications, booths, showcases, invitations and mail.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
    { extraModels: [ErrorBodyDto] },
  );
  for (const path of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = path[method];
      if (operation && !operation.responses.default) {
        operation.responses.default = {
          description: 'An error: the body names the code, and the fields at fault',
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/ErrorBodyDto' } },
          },
        };
      }
    }
  }
  return document;
}
