import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import {
  OperationObject,
  SecurityRequirementObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import {
  ErrorBodyDto,
  PUBLIC_ROUTE_EXTENSION,
  RAW_BODIES_EXTENSION,
  RawBodies,
} from '@hoicho/platform';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Either credential opens a session: the bearer token, or the browser's cookie. */
const SESSION: SecurityRequirementObject[] = [{ bearer: [] }, { session_cookie: [] }];

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
        'Trade fairs for craft-village producers: fairs, applications, booths, showcases, invitations and mail. ' +
          'Error messages follow Accept-Language (vi or en), else the signed-in user’s language, else Vietnamese.',
      )
      .setVersion('1')
      .setLicense('MIT', 'https://opensource.org/licenses/MIT')
      .addServer('/', 'this server')
      .addBearerAuth(
        {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'opaque',
          description:
            'An opaque session token from POST /api/v1/auth/login (random, stored hashed, revocable; not a JWT).',
        },
        'bearer',
      )
      .addCookieAuth(
        'hoicho_session',
        {
          type: 'apiKey',
          in: 'cookie',
          description:
            'The same opaque session in an HttpOnly cookie, set by the browser sign-in; requests that change state must come from this site’s own pages.',
        },
        'session_cookie',
      )
      .build(),
    { extraModels: [ErrorBodyDto] },
  );
  for (const path of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = path[method];
      if (operation) completeOperation(operation);
    }
  }
  return document;
}

/** Says what Swagger's decorators cannot: who may call, and bodies of several media types. */
function completeOperation(operation: OperationObject): void {
  const marks = operation as OperationObject & Record<string, unknown>;
  operation.security = marks[PUBLIC_ROUTE_EXTENSION] ? [] : SESSION;
  delete marks[PUBLIC_ROUTE_EXTENSION];
  const raw = marks[RAW_BODIES_EXTENSION] as RawBodies | undefined;
  if (raw && operation.requestBody && 'content' in operation.requestBody)
    Object.assign(operation.requestBody.content, raw);
  delete marks[RAW_BODIES_EXTENSION];
  // The session guard answers 401 on every route that needs a session.
  if (operation.security.length && !operation.responses['401'])
    operation.responses['401'] = errorAnswer('No session, or it expired or was revoked');
  if (!operation.responses.default) {
    operation.responses.default = errorAnswer(
      'An error: the body names the code, and the fields at fault',
    );
  }
}

const errorAnswer = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBodyDto' } } },
});
