import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RedisService } from '../redis/redis.service';
import { resultWithin } from '../runtime/deadline';
import { pingDatabase } from './database-ping.repository';
import { HealthDto } from './health.dto';
import { smtpPing } from './smtp-ping';

/** Each check answers within this, so a service that hangs shows as down instead of hanging /health. */
const PROBE_TIMEOUT_MS = 3000;

async function probe(
  check: () => Promise<unknown>,
): Promise<{ status: 'up' | 'down'; error?: string }> {
  try {
    await resultWithin(check(), PROBE_TIMEOUT_MS, () => new Error('no answer in time'));
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: (error as Error).message };
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: RedisService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ApiOperation({ summary: 'Health of the api and the services it uses' })
  @Public()
  @Get()
  @ApiOkResponse({ type: HealthDto, description: 'PostgreSQL, Redis and SMTP all answer' })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'at least one service is down' })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    const [postgres, redis, smtp] = await Promise.all([
      probe(() => pingDatabase(this.dataSource)),
      probe(async () => {
        // A reconnecting client would queue the PING until Redis is back.
        if (!this.redis.available()) throw new Error(`not connected (${this.redis.client.status})`);
        await this.redis.client.ping();
      }),
      probe(() => smtpPing(this.config.smtp.url, PROBE_TIMEOUT_MS)),
    ]);
    const ok = [postgres, redis, smtp].every((c) => c.status === 'up');
    response.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: ok ? 'ok' : 'degraded',
      checks: {
        postgres: { ...postgres, embedded: this.config.database.embedded },
        redis: { ...redis, embedded: this.config.redis.embedded },
        smtp: { ...smtp, embedded: this.config.smtp.embedded },
      },
    };
  }
}
