import { Injectable } from '@nestjs/common';
import { AllocationRequestData } from './dto/application-view.dto';
import { ApplicationQueryService } from './review/application-query.service';

/** What other areas (allocation) may ask of applications; they never read its tables. */
@Injectable()
export class ApplicationsService {
  constructor(private readonly queries: ApplicationQueryService) {}

  /**
   * The fair's approved applications as allocation requests (ALLOCATION.md): `id` is the
   * application id, `near` lists application ids, `types` and `zones` are the plan's codes,
   * `priority` is 1–5 from the organiser's rules or override. A staged approval counts.
   */
  approvedRequests(fairId: string): Promise<AllocationRequestData[]> {
    return this.queries.allocationRequests(fairId);
  }
}
