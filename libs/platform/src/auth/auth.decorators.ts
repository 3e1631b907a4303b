import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { PUBLIC_ROUTE_EXTENSION } from '../openapi/openapi-extensions';
import { AuthUser } from './auth-user';
import { Role } from './role';

export const IS_PUBLIC = 'hoicho:public';
export const ROLES_KEY = 'hoicho:roles';

/**
 * The route needs no session (sign-up, login, public catalogue, unsubscribe); its OpenAPI
 * operation says so with `security: []`.
 */
export const Public = () =>
  applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(PUBLIC_ROUTE_EXTENSION, true));

/** Only these roles may call the route; without it any signed-in user may. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser => {
    return context.switchToHttp().getRequest<{ user: AuthUser }>().user;
  },
);
