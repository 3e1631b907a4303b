import { ContentObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/**
 * Marks that the api's document builder turns into standard OpenAPI (apps/api/src/openapi.ts)
 * and removes: Swagger's decorators cannot say these two things themselves.
 */

/** A route that needs no session: the operation gets `security: []`. */
export const PUBLIC_ROUTE_EXTENSION = 'x-hoicho-public';

/** Bodies of other media types beside the multipart form, each with its own schema. */
export const RAW_BODIES_EXTENSION = 'x-hoicho-raw-bodies';

export type RawBodies = ContentObject;
