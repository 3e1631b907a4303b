import { Body, Controller, Delete, Get, Headers, HttpCode, Patch, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  AppError,
  AuthUser,
  CurrentUser,
  ErrorBodyDto,
  Public,
  RateLimit,
  UuidParam,
} from '@hoicho/platform';
import { SessionsService } from '../sessions/sessions.service';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import {
  LoginDto,
  MeDto,
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
  SessionTokenDto,
  SessionViewDto,
  TokenDto,
  UpdateMeDto,
  VerifyEmailResultDto,
} from './dto/auth.dto';

@ApiTags('auth')
@ApiBadRequestResponse({ type: ErrorBodyDto, description: 'a field is missing or invalid' })
@Controller('api/v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @RateLimit('login')
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in; the token goes in Authorization: Bearer' })
  @ApiOkResponse({ type: SessionTokenDto })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto })
  login(
    @Body() body: LoginDto,
    @Headers('user-agent') userAgent?: string,
  ): Promise<SessionTokenDto> {
    return this.auth.login(body.email, body.password, userAgent);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Revoke the session making this request' })
  @ApiNoContentResponse()
  @ApiUnauthorizedResponse({ type: ErrorBodyDto })
  async logout(@CurrentUser() user: AuthUser): Promise<void> {
    await this.sessions.revoke(user.id, user.sessionId);
  }

  @ApiOperation({ summary: 'The signed-in user' })
  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: MeDto })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto })
  async me(@CurrentUser() user: AuthUser): Promise<MeDto> {
    const account = await this.users.findById(user.id);
    if (!account) throw AppError.notFound('User');
    const { id, email, fullName, role, locale, organisingBodyId, producerId } = account;
    return { id, email, fullName, role, locale, organisingBodyId, producerId };
  }

  @Patch('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change my language or name' })
  @ApiOkResponse({ type: MeDto })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto })
  async updateMe(@CurrentUser() user: AuthUser, @Body() body: UpdateMeDto): Promise<MeDto> {
    const { id, email, fullName, role, locale, organisingBodyId, producerId } =
      await this.users.updateProfile(user.id, body);
    return { id, email, fullName, role, locale, organisingBodyId, producerId };
  }

  @Get('sessions')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'My signed-in devices' })
  @ApiOkResponse({ type: [SessionViewDto] })
  async listSessions(@CurrentUser() user: AuthUser): Promise<SessionViewDto[]> {
    const sessions = await this.sessions.listActive(user.id);
    return sessions.map((s) => ({
      id: s.id,
      createdAt: s.createdAt,
      expiresAt: s.expiresAt,
      userAgent: s.userAgent,
      current: s.id === user.sessionId,
    }));
  }

  @Delete('sessions/:sessionId')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Revoke one of my sessions (sign a lost phone out)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async revokeSession(
    @CurrentUser() user: AuthUser,
    @UuidParam('sessionId') sessionId: string,
  ): Promise<void> {
    if (!(await this.sessions.revoke(user.id, sessionId))) throw AppError.notFound('Session');
  }

  @Public()
  @RateLimit('token')
  @Post('verify-email')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Confirm an email address with the emailed token',
    description: 'A used link whose address is confirmed answers already_verified (not an error).',
  })
  @ApiOkResponse({ type: VerifyEmailResultDto })
  async verifyEmail(@Body() body: TokenDto): Promise<VerifyEmailResultDto> {
    return { status: await this.auth.verifyEmail(body.token) };
  }

  @Public()
  @RateLimit('reset')
  @Post('password-reset')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Email a reset link (the answer is the same whether or not the address has an account)',
  })
  @ApiAcceptedResponse()
  async requestReset(@Body() body: PasswordResetRequestDto): Promise<{ accepted: true }> {
    await this.auth.requestPasswordReset(body.email);
    return { accepted: true };
  }

  @Public()
  @RateLimit('token')
  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password with the emailed token; signs out every device' })
  @ApiNoContentResponse()
  async confirmReset(@Body() body: PasswordResetConfirmDto): Promise<void> {
    await this.auth.resetPassword(body.token, body.password);
  }
}
