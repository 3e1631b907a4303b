import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { AuthUser } from './auth-user';
import { Role } from './role';

export const IS_PUBLIC = 'hoicho:public';
export const ROLES_KEY = 'hoicho:roles';

/** The route needs no session (sign-up, login, public catalogue, unsubscribe). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the route; without it any signed-in user may. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser => {
    return context.switchToHttp().getRequest<{ user: AuthUser }>().user;
  },
);
