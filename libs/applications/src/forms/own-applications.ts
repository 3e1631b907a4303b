import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppError, AuthUser } from '@hoicho/platform';
import { ApplicationDto } from '../dto/application-view.dto';
import { Application } from '../entities/application.entity';
import { ApplicationRepository } from '../entities/application.repository';
import { toApplicationDto } from '../views/application.view';
import { FairForProducer, ProducerFairs } from './producer-fairs';

/**
 * A producer member's own applications, the one place the producer side checks access: its
 * own producer's applications only; anything else is "not found".
 */
@Injectable()
export class OwnApplications {
  constructor(
    private readonly applications: ApplicationRepository,
    private readonly fairs: ProducerFairs,
  ) {}

  async find(user: AuthUser, id: string): Promise<Application> {
    const app = user.producerId ? await this.applications.findOwn(user.producerId, id) : null;
    if (!app) throw AppError.notFound('Application');
    return app;
  }

  /** The row locked for the caller's transaction. */
  async lock(manager: EntityManager, user: AuthUser, id: string): Promise<Application> {
    const app = user.producerId
      ? await this.applications.lockOwn(manager, user.producerId, id)
      : null;
    if (!app) throw AppError.notFound('Application');
    return app;
  }

  async list(user: AuthUser, fairId?: string): Promise<ApplicationDto[]> {
    if (!user.producerId) return [];
    const apps = await this.applications.listOwn(user.producerId, fairId);
    const contexts = new Map<string, FairForProducer>();
    const out: ApplicationDto[] = [];
    for (const app of apps) {
      let ctx = contexts.get(app.fairId);
      if (!ctx) {
        ctx = await this.fairs.load(app.fairId);
        contexts.set(app.fairId, ctx);
      }
      out.push(this.view(app, ctx));
    }
    return out;
  }

  async get(user: AuthUser, id: string): Promise<ApplicationDto> {
    const app = await this.find(user, id);
    return this.view(app, await this.fairs.load(app.fairId));
  }

  private view(app: Application, ctx: FairForProducer): ApplicationDto {
    return toApplicationDto(app, ctx.fair, ctx.plan, this.fairs.transitionContext(ctx.fair));
  }
}
