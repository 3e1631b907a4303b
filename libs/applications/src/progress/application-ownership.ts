import { Injectable } from '@nestjs/common';
import { AuthUser } from '@hoicho/platform';
import { OwnApplications } from '../forms/own-applications';

/** Which fair a producer's own application is for; what other areas check a producer against. */
@Injectable()
export class ApplicationOwnership {
  constructor(private readonly own: OwnApplications) {}

  /** 404 unless the application is the caller's producer's. */
  async ownApplication(
    user: AuthUser,
    applicationId: string,
  ): Promise<{ id: string; fairId: string; producerId: string }> {
    const app = await this.own.find(user, applicationId);
    return { id: app.id, fairId: app.fairId, producerId: app.producerId };
  }
}
