import { Injectable } from '@nestjs/common';
import { ApplicationOwnership } from '@hoicho/applications';
import { BoothAssignment, FairsService, renderPlanSvg } from '@hoicho/fairs';
import { AppError, AuthUser } from '@hoicho/platform';
import { PlanLookup } from '../common/allocation-context';
import { BoothAssignmentRepository } from '../publish/booth-assignment.repository';
import { ProducerBoothsDto } from './dto/producer-booths.dto';

const YOURS = 'Gian của bạn · Your booth';

/** A producer's own booths: which, and where on the fair's plan. */
@Injectable()
export class ProducerBoothsService {
  constructor(
    private readonly ownership: ApplicationOwnership,
    private readonly fairs: FairsService,
    private readonly assignments: BoothAssignmentRepository,
  ) {}

  async booths(user: AuthUser, applicationId: string): Promise<ProducerBoothsDto> {
    const { fairId, plan, codes } = await this.load(user, applicationId);
    const zone = codes.length ? plan.byCode.get(codes[0])?.zone : undefined;
    return { fairId, booths: codes, zone: zone ? (plan.zoneNames.get(zone)?.vi ?? zone) : null };
  }

  /** The fair's plan with the producer's booths marked; others show only their zone. */
  async planSvg(user: AuthUser, applicationId: string): Promise<string> {
    const { fairId, plan, codes } = await this.load(user, applicationId);
    if (!plan.plan.booths.length) throw AppError.notFound('Floor plan');
    const fair = await this.fairs.getFair(fairId);
    const marks = new Map<string, BoothAssignment>(
      codes.map((code) => [code, { label: YOURS, colourKey: YOURS }]),
    );
    return renderPlanSvg(
      {
        zones: plan.plan.zones.map((z) => ({
          code: z.code,
          name: z.nameVi,
          ...(z.colour ? { colour: z.colour } : {}),
        })),
        boothTypes: plan.plan.boothTypes.map((t) => ({ code: t.code, name: t.nameVi })),
        booths: plan.plan.booths.map((b) => ({
          code: b.code,
          zone: b.zone,
          type: b.type,
          x: b.x,
          y: b.y,
          width: b.width,
          height: b.height,
          corner: b.corner,
          blocked: b.blocked,
          neighbours: b.neighbours,
        })),
      },
      { title: fair.nameVi, assignments: marks },
    );
  }

  private async load(user: AuthUser, applicationId: string) {
    const { fairId } = await this.ownership.ownApplication(user, applicationId);
    const [plan, published] = await Promise.all([
      this.fairs.getPlan(fairId).then((dto) => new PlanLookup(dto)),
      this.assignments.byApplication(fairId),
    ]);
    const codes = plan.codes(published.get(applicationId)?.boothIds ?? []).sort();
    return { fairId, plan, codes };
  }
}
