import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  APP_CONFIG,
  AppConfig,
  AppError,
  AuthUser,
  IS_PUBLIC,
  Role,
  ROLES_KEY,
} from '@hoicho/platform';
import { Request } from 'express';
import { SessionsService } from '../sessions/sessions.service';
import { changesState, isSameOrigin } from './browser/same-origin';
import { readSessionCookie } from './browser/session-cookie';

/**
 * Global guard: every route needs a live session unless marked @Public, and @Roles narrows it.
 * The session comes as a bearer token (API clients) or the browser's cookie; a cookie-borne
 * request that changes state must come from our own pages (no cross-site request forgery).
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const header = request.headers.authorization ?? '';
    const bearer = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const cookie = bearer ? undefined : readSessionCookie(request);
    if (cookie && changesState(request) && !isSameOrigin(request, this.config.publicUrl)) {
      throw new AppError(
        'forbidden',
        'cross_origin_refused',
        'This request did not come from a page of this site',
      );
    }
    const token = bearer || cookie;
    const user = token ? await this.sessions.authenticate(token) : undefined;
    if (!user)
      throw new AppError(
        'unauthenticated',
        'unauthenticated',
        'Sign in first: the session is missing, expired or revoked',
      );
    request.user = user;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) {
      throw new AppError('forbidden', 'role_not_allowed', `This action is for ${roles.join(', ')}`);
    }
    return true;
  }
}
