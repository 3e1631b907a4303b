import { Body, Controller, Delete, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  APP_CONFIG,
  AppConfig,
  AppError,
  AuthUser,
  CurrentUser,
  ErrorBodyDto,
  Public,
  RateLimit,
} from '@hoicho/platform';
import { Request, Response } from 'express';
import { SessionsService } from '../../sessions/sessions.service';
import { UsersService } from '../../users/users.service';
import { AuthService } from '../auth.service';
import { BrowserSessionDto, LoginDto, MeDto } from '../dto/auth.dto';
import { isSameOrigin } from './same-origin';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from './session-cookie';

/** Sign-in and sign-out for the web app: the session travels in an HttpOnly cookie. */
@ApiTags('auth')
@Controller('api/v1/auth/browser-session')
export class BrowserSessionController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Answers 200 either way, so a page opened before signing in logs no failed request. */
  @Public()
  @Get()
  @ApiOperation({ summary: 'Who is signed in on this browser (user: null when nobody is)' })
  @ApiOkResponse({ type: BrowserSessionDto })
  async current(@Req() request: Request): Promise<BrowserSessionDto> {
    const token = readSessionCookie(request);
    const caller = token ? await this.sessions.authenticate(token) : undefined;
    const user = caller ? await this.users.findById(caller.id) : null;
    if (!user) return { user: null };
    const { id, email, fullName, role, locale, organisingBodyId, producerId } = user;
    return { user: { id, email, fullName, role, locale, organisingBodyId, producerId } };
  }

  @Public()
  @RateLimit('login')
  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in from the web app; the session is set as an HttpOnly cookie' })
  @ApiOkResponse({ type: MeDto })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto, description: 'not our page' })
  async signIn(
    @Body() body: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MeDto> {
    // A forged sign-in would put a victim's browser into the attacker's account.
    if (!isSameOrigin(request, this.config.publicUrl)) {
      throw new AppError(
        'forbidden',
        'cross_origin_refused',
        'This request did not come from a page of this site',
      );
    }
    const userAgent = request.headers['user-agent'];
    const session = await this.auth.login(body.email, body.password, userAgent);
    setSessionCookie(response, this.config, session.token, session.expiresAt);
    const user = await this.users.findWithPassword(body.email);
    if (!user) throw AppError.notFound('User');
    const { id, email, fullName, role, locale, organisingBodyId, producerId } = user;
    return { id, email, fullName, role, locale, organisingBodyId, producerId };
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out of the web app: ends this session and clears its cookie' })
  @ApiNoContentResponse()
  @ApiUnauthorizedResponse({ type: ErrorBodyDto })
  async signOut(
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.sessions.revoke(user.id, user.sessionId);
    clearSessionCookie(response, this.config);
  }
}
