import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError, AuthUser, IS_PUBLIC, Role, ROLES_KEY } from '@hoicho/platform';
import { Request } from 'express';
import { SessionsService } from '../sessions/sessions.service';

/** Global guard: every route needs a live session unless marked @Public, and @Roles narrows it. */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const header = request.headers.authorization ?? '';
    const bearer = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const user = bearer ? await this.sessions.authenticate(bearer) : undefined;
    if (!user)
      throw new AppError(
        'unauthenticated',
        'unauthenticated',
        'Sign in first: the bearer token is missing, expired or revoked',
      );
    request.user = user;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) {
      throw new AppError('forbidden', 'role_not_allowed', `This action is for ${roles.join(', ')}`);
    }
    return true;
  }
}
